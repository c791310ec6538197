import { and, eq } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { contacts, customers, leads, opportunities, opportunityEvents } from '~/db/schema';
import type { TOrgFixture } from '~/db/testing/fixtures';
import { useBoardWorld } from '~/server/testing/board-world';
import type { TCardEvent } from '../board/move-opportunity';

/** Leads: create, qualify once into customer/contact/opportunity with a live board event, disqualify with a reason. */
describe('leads', () => {
  const world = useBoardWorld();
  let a: TOrgFixture;
  let b: TOrgFixture;
  const call = (...args: Parameters<typeof world.app.call>) => world.app.call(...args);
  beforeEach(() => {
    ({ a, b } = world);
  });
  const newLead = async (over: Record<string, unknown> = {}) => {
    const res = await call('mutation', 'lead.create', { fullName: 'Marta Gil', companyName: 'Conservas Gil S.A.', email: 'marta@gil.example', country: 'ES', taxId: 'A28015865', source: 'Feria', ...over }, world.cookie.rep);
    expect(res.status).toBe(200);
    return res.data as { id: string; ownerId: string };
  };
  const qualifyInput = (id: string, over: Record<string, unknown> = {}) => ({
    id,
    customer: { mode: 'new', legalName: 'Conservas Gil S.A.', country: 'ES', taxId: 'A28015865' },
    contact: { mode: 'new', fullName: 'Marta Gil', email: 'marta@gil.example' },
    opportunity: { title: 'Línea de envasado', pipelineId: a.pipeline.id, amountMinor: 4_500_000, expectedCloseDate: '2030-06-30' },
    ...over,
  });

  it('qualifies once: customer, contact and a ranked-last opportunity, with a board event; the second qualify is refused', async () => {
    const lead = await newLead();
    expect(lead.ownerId).toBe(a.byRole.rep.userId);
    const watcher: Socket = await world.socketFor('manager');
    const received = new Promise<TCardEvent>((resolve) => watcher.once('board:card', resolve));

    const res = await call('mutation', 'lead.qualify', qualifyInput(lead.id), world.cookie.rep);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ customerCreated: true, contactCreated: true });
    const event = await received;
    expect(event).toMatchObject({ kind: 'created', actorName: a.byRole.rep.name, card: { id: res.data.opportunityId, title: 'Línea de envasado', stageId: a.stage.id, probability: 20 } });
    expect(event.seq).toBeGreaterThan(0);
    expect(event.card.rank > a.opportunity.rank).toBe(true);

    const [opp] = await world.db.db.select().from(opportunities).where(eq(opportunities.id, res.data.opportunityId));
    expect(opp).toMatchObject({ customerId: res.data.customerId, amountMinor: 4_500_000, currency: 'EUR', boardSeq: event.seq, ownerId: a.byRole.rep.userId });
    expect(await world.db.db.select().from(opportunityEvents).where(eq(opportunityEvents.opportunityId, opp!.id))).toMatchObject([{ kind: 'created', version: 1 }]);
    const [row] = await world.db.db.select().from(leads).where(eq(leads.id, lead.id));
    expect(row).toMatchObject({ status: 'qualified', customerId: res.data.customerId, contactId: res.data.contactId, opportunityId: opp!.id, decidedBy: a.byRole.rep.userId });
    expect(row!.decidedAt).toBeInstanceOf(Date);

    const again = await call('mutation', 'lead.qualify', qualifyInput(lead.id), world.cookie.manager);
    expect(again.status).toBe(409);
    expect(again.error?.message).toMatch(new RegExp(`^This lead was already qualified by ${a.byRole.rep.name} on \\d{4}-\\d{2}-\\d{2}\\.$`));
    expect(await world.db.db.select().from(opportunities).where(eq(opportunities.organizationId, a.organizationId))).toHaveLength(2);
    expect(await world.db.db.select().from(customers).where(eq(customers.organizationId, a.organizationId))).toHaveLength(2);
  });

  it('links an existing customer matched by tax id instead of creating a duplicate, and its contact by e-mail', async () => {
    const lead = await newLead({ companyName: 'Otro nombre', taxId: a.customer.taxId });
    await world.db.db.insert(contacts).values({ organizationId: a.organizationId, customerId: a.customer.id, fullName: 'Marta Gil', email: 'MARTA@gil.example' });
    const detail = await call('query', 'lead.get', { id: lead.id }, world.cookie.rep);
    expect(detail.data.matches).toMatchObject([{ id: a.customer.id, matchedBy: 'taxId' }]);
    const res = await call(
      'mutation',
      'lead.qualify',
      qualifyInput(lead.id, { customer: { mode: 'new', legalName: 'Otro nombre', country: 'ES', taxId: a.customer.taxId } }),
      world.cookie.rep,
    );
    expect(res.data).toMatchObject({ customerId: a.customer.id, customerCreated: false, contactCreated: false });
    expect(await world.db.db.select().from(customers).where(eq(customers.organizationId, a.organizationId))).toHaveLength(1);
  });

  it('rolls back everything when a part fails', async () => {
    const lead = await newLead();
    const res = await call('mutation', 'lead.qualify', qualifyInput(lead.id, { opportunity: { title: 'X deal', pipelineId: b.pipeline.id, amountMinor: 1, expectedCloseDate: '2030-01-01' } }), world.cookie.rep);
    expect(res.status).toBe(404);
    const [row] = await world.db.db.select().from(leads).where(eq(leads.id, lead.id));
    expect(row!.status).toBe('new');
    expect(await world.db.db.select().from(customers).where(and(eq(customers.organizationId, a.organizationId), eq(customers.legalName, 'Conservas Gil S.A.')))).toHaveLength(0);
  });

  it('disqualifies only with a reason, and then refuses edits', async () => {
    const lead = await newLead();
    const blank = await call('mutation', 'lead.disqualify', { id: lead.id, reason: '  ' }, world.cookie.rep);
    expect(blank.status).toBe(400);
    expect(blank.error?.message).toMatch(/Give a reason/);
    const ok = await call('mutation', 'lead.disqualify', { id: lead.id, reason: 'Sin presupuesto este año' }, world.cookie.rep);
    expect(ok.data).toMatchObject({ status: 'disqualified', disqualifyReason: 'Sin presupuesto este año', decidedByName: a.byRole.rep.name });
    expect((await call('mutation', 'lead.update', { id: lead.id, patch: { notes: 'x' } }, world.cookie.rep)).status).toBe(409);
    expect((await call('mutation', 'lead.qualify', qualifyInput(lead.id), world.cookie.rep)).status).toBe(409);
  });

  it('lists with filters, refuses a wrong tax id, hides other organizations and keeps viewers read-only', async () => {
    await newLead();
    await newLead({ fullName: 'Pablo Ruiz', companyName: 'Ruiz Hermanos', taxId: null, ownerId: null });
    const bySearch = await call('query', 'lead.list', { search: 'ruiz' }, world.cookie.viewer);
    expect(bySearch.data).toMatchObject({ total: 1, counts: { new: 1, qualified: 0, disqualified: 0 } });
    const unowned = await call('query', 'lead.list', { ownerId: 'none' }, world.cookie.viewer);
    expect(unowned.data.rows.map((r: { fullName: string }) => r.fullName)).toEqual(['Pablo Ruiz']);
    const badTax = await call('mutation', 'lead.create', { fullName: 'X Y', companyName: 'Z S.L.', country: 'ES', taxId: 'X1234567A' }, world.cookie.rep);
    expect(badTax.error?.message).toBe('Wrong check digit for a Spanish NIE: expected letter L');

    const theirs = await call('query', 'lead.list', {}, world.cookie.other);
    expect(theirs.data.total).toBe(0);
    const lead = await newLead();
    expect((await call('query', 'lead.get', { id: lead.id }, world.cookie.other)).status).toBe(404);
    expect((await call('mutation', 'lead.disqualify', { id: lead.id, reason: 'hostile' }, world.cookie.other)).status).toBe(404);
    expect((await call('mutation', 'lead.create', { fullName: 'No Way', companyName: 'Nope' }, world.cookie.viewer)).status).toBe(403);
    expect((await call('mutation', 'lead.qualify', qualifyInput(lead.id), world.cookie.viewer)).status).toBe(403);
  });
});
