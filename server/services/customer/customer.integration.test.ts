import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { contacts, customers, invoices, opportunityEvents, orders, orderStatusChanges, quotes } from '~/db/schema';
import type { TOrgFixture } from '~/db/testing/fixtures';
import { useBoardWorld } from '~/server/testing/board-world';

/** Customer CRUD, tax-id checks, delete rules, 360° figures and scoping, over real HTTP. */
describe('customers', () => {
  const world = useBoardWorld();
  let a: TOrgFixture;
  let b: TOrgFixture;
  const call = (...args: Parameters<typeof world.app.call>) => world.app.call(...args);
  beforeEach(() => {
    ({ a, b } = world);
  });

  it('creates, reads, updates, searches and deletes a customer with contacts', async () => {
    const created = await call(
      'mutation',
      'customer.create',
      { legalName: 'Talleres Ebro S.L.', country: 'ES', taxId: 'b-12345674', city: 'Zaragoza', latitude: 41.65, longitude: -0.88, discountBps: 500, paymentTermsDays: 60 },
      world.cookie.rep,
    );
    expect(created.status).toBe(200);
    expect(created.data).toMatchObject({ legalName: 'Talleres Ebro S.L.', taxId: 'B12345674', discountBps: 500, paymentTermsDays: 60, contacts: [] });
    const id = created.data.id as string;

    const contact = await call('mutation', 'customer.contact.add', { customerId: id, contact: { fullName: 'Lucía Pérez', email: 'Lucia@Talleres.example' } }, world.cookie.rep);
    expect(contact.data).toMatchObject({ fullName: 'Lucía Pérez', email: 'lucia@talleres.example' });
    const edited = await call('mutation', 'customer.contact.update', { id: contact.data.id, patch: { jobTitle: 'Compras' } }, world.cookie.rep);
    expect(edited.data.jobTitle).toBe('Compras');

    const updated = await call('mutation', 'customer.update', { id, patch: { tradeName: 'Talleres Ebro', website: 'https://talleres.example' } }, world.cookie.rep);
    expect(updated.data).toMatchObject({ tradeName: 'Talleres Ebro', website: 'https://talleres.example', contacts: [{ jobTitle: 'Compras' }] });

    const found = await call('query', 'customer.list', { search: 'talleres ebro' }, world.cookie.viewer);
    expect(found.data.rows.map((r: { id: string }) => r.id)).toEqual([id]);

    const removed = await call('mutation', 'customer.delete', { id }, world.cookie.rep);
    expect(removed.status).toBe(200);
    expect(await world.db.db.select().from(contacts).where(eq(contacts.customerId, id))).toHaveLength(0);
    expect((await call('query', 'customer.get', { id }, world.cookie.rep)).status).toBe(404);
  });

  it('refuses a wrong tax id with the reason, also when only the country changes', async () => {
    const wrong = await call('mutation', 'customer.create', { legalName: 'Ana López', country: 'ES', taxId: '12345678A' }, world.cookie.rep);
    expect(wrong.status).toBe(400);
    expect(wrong.error?.message).toBe('Wrong check digit for a Spanish NIF: expected letter Z');
    expect((wrong.error?.data as any).appData).toMatchObject({ field: 'taxId', kind: 'es-nif', problem: 'check', expected: 'Z' });

    const moved = await call('mutation', 'customer.update', { id: a.customer.id, patch: { country: 'IT' } }, world.cookie.rep);
    expect(moved.status).toBe(400);
    expect(moved.error?.message).toMatch(/Partita IVA/);
    const [still] = await world.db.db.select().from(customers).where(eq(customers.id, a.customer.id));
    expect(still!.country).toBe('ES');

    const coords = await call('mutation', 'customer.update', { id: a.customer.id, patch: { latitude: 95, longitude: 0 } }, world.cookie.rep);
    expect(coords.status).toBe(400);
    expect(coords.error?.message).toMatch(/Latitude must be between -90 and 90/);
  });

  it('refuses to delete a customer with documents and says which', async () => {
    await world.db.db.insert(quotes).values({ organizationId: a.organizationId, number: 'Q-2026-0001', customerId: a.customer.id, issueDate: '2026-01-10', currency: 'EUR' });
    const res = await call('mutation', 'customer.delete', { id: a.customer.id }, world.cookie.manager);
    expect(res.status).toBe(409);
    expect(res.error?.message).toBe(`${a.customer.legalName} cannot be deleted: it has 1 quote. Documents keep their customer.`);
    expect(await world.db.db.select().from(customers).where(eq(customers.id, a.customer.id))).toHaveLength(1);
  });

  it('sums the 360° tiles and merges the timeline newest first', async () => {
    const org = a.organizationId;
    const customerId = a.customer.id;
    const [order] = await world.db.db
      .insert(orders)
      .values([
        { organizationId: org, number: 'O-2026-0001', customerId, orderDate: '2026-01-12', currency: 'EUR', grossMinor: 12_100, status: 'delivered' },
        { organizationId: org, number: 'O-2026-0002', customerId, orderDate: '2026-01-20', currency: 'EUR', grossMinor: 5_000, status: 'confirmed' },
      ])
      .returning();
    await world.db.db.insert(orderStatusChanges).values({
      organizationId: org,
      orderId: order!.id,
      fromStatus: 'confirmed',
      toStatus: 'delivered',
      actorId: a.byRole.manager.userId,
      createdAt: new Date('2026-02-01T09:00:00Z'),
    });
    await world.db.db.insert(invoices).values([
      { organizationId: org, number: 'F-2026-0001', customerId, status: 'authorized', issueDate: '2026-01-01', dueDate: '2026-01-31', currency: 'EUR', grossMinor: 1_000, createdAt: new Date('2026-01-01T08:00:00Z') },
      { organizationId: org, number: 'F-2026-0002', customerId, status: 'authorized', issueDate: '2026-01-01', dueDate: '2999-01-31', currency: 'EUR', grossMinor: 300, createdAt: new Date('2026-01-01T08:00:00Z') },
      { organizationId: org, number: 'F-2026-0003', customerId, status: 'paid', issueDate: '2026-01-01', dueDate: '2026-01-31', currency: 'EUR', grossMinor: 700, paidAt: new Date('2026-02-03T10:00:00Z'), createdAt: new Date('2026-01-01T08:00:00Z') },
    ]);
    await world.db.db.insert(opportunityEvents).values({
      organizationId: org,
      opportunityId: a.opportunity.id,
      actorId: a.byRole.rep.userId,
      kind: 'moved',
      from: { probability: 20 },
      to: { probability: 50 },
      version: 2,
      createdAt: new Date('2026-02-02T09:00:00Z'),
    });
    const res = await call('query', 'customer.get360', { id: customerId }, world.cookie.viewer);
    expect(res.status).toBe(200);
    const view = res.data;
    expect(view.opportunities).toMatchObject({ openCount: 1, openAmountMinor: 1_000_000, weightedAmountMinor: 200_000 });
    expect(view.orders.summary).toMatchObject({ total: { count: 2, grossMinor: 17_100 }, closed: { count: 1, grossMinor: 12_100 } });
    expect(view.invoices.summary).toMatchObject({
      authorized: { count: 2, grossMinor: 1_300 },
      overdue: { count: 1, grossMinor: 1_000 },
      pending: { count: 1, grossMinor: 300 },
      paid: { count: 1, grossMinor: 700 },
    });
    const firstThree = view.timeline.slice(0, 3).map((e: { source: string; action: string; actorName: string | null }) => [e.source, e.action, e.actorName]);
    expect(firstThree).toEqual([
      ['invoice', 'paid', null],
      ['opportunity', 'moved', a.byRole.rep.name],
      ['order', 'delivered', a.byRole.manager.name],
    ]);
    expect(view.timeline[1].changes).toEqual([{ field: 'probability', from: 20, to: 50 }]);
  });

  it('keeps other organizations out and viewers read-only', async () => {
    expect((await call('query', 'customer.get360', { id: b.customer.id }, world.cookie.rep)).status).toBe(404);
    expect((await call('mutation', 'customer.delete', { id: b.customer.id }, world.cookie.rep)).status).toBe(404);
    expect((await call('mutation', 'customer.contact.add', { customerId: b.customer.id, contact: { fullName: 'Intruso' } }, world.cookie.rep)).status).toBe(404);
    const viewer = await call('mutation', 'customer.create', { legalName: 'Nope S.L.', country: 'ES' }, world.cookie.viewer);
    expect(viewer.status).toBe(403);
    expect((await call('mutation', 'customer.delete', { id: a.customer.id }, world.cookie.viewer)).status).toBe(403);
    expect(await world.db.db.select().from(customers).where(eq(customers.organizationId, a.organizationId))).toHaveLength(1);
  });
});
