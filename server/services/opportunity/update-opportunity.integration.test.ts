import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { opportunities, opportunityEvents, stages, teamMembers, teams } from '~/db/schema';
import type { TOrgFixture } from '~/db/testing/fixtures';
import { useBoardWorld, type TWho } from '~/server/testing/board-world';
import type { TCardEvent } from '../board/move-opportunity';

/** The deal drawer's API: read a deal with its history, edit it over real HTTP, watch the edit arrive on a socket. */
describe('opportunity.get and opportunity.update', () => {
  const world = useBoardWorld();
  let db: typeof world.db;
  let app: typeof world.app;
  let a: TOrgFixture;
  let b: TOrgFixture;
  const cookie = world.cookie;
  const socketFor = world.socketFor;
  beforeEach(() => {
    ({ db, app, a, b } = world);
  });
  const get = (who: TWho, id = a.opportunity.id) => app.call('query', 'opportunity.get', { id }, cookie[who]);
  const update = (who: TWho, patch: Record<string, unknown>, over: Record<string, unknown> = {}) =>
    app.call('mutation', 'opportunity.update', { id: a.opportunity.id, version: 1, patch, clientMutationId: randomUUID(), ...over }, cookie[who]);


  it('returns the fields with names, and the history newest first with stage names', async () => {
    const [negotiation] = await db.db
      .insert(stages)
      .values({ organizationId: a.organizationId, pipelineId: a.pipeline.id, name: 'Negociación', position: 1, defaultProbability: 60 })
      .returning();
    const moved = await app.call('mutation', 'opportunity.move', {
      id: a.opportunity.id, version: 1, target: { kind: 'stage', stageId: negotiation!.id }, rank: 'a1', clientMutationId: randomUUID(),
    }, cookie.rep);
    expect(moved.status).toBe(200);
    expect((await update('manager', { title: 'Renovación 2030', amountMinor: 1_234_567 }, { version: 2 })).status).toBe(200);

    const res = await get('viewer');
    expect(res.status).toBe(200);
    expect(res.data.opportunity).toMatchObject({
      id: a.opportunity.id,
      title: 'Renovación 2030',
      customerName: a.customer.legalName,
      ownerName: a.byRole.rep.name,
      pipelineName: 'Main',
      stageName: 'Negociación',
      type: 'new_business',
      amountMinor: 1_234_567,
      currency: 'EUR',
      probability: 60,
      expectedCloseDate: '2030-01-31',
      status: 'open',
      lostReason: null,
      forecastCategory: 'pipeline',
      version: 3,
    });
    expect(res.data.opportunity.stageEnteredAt).toBeInstanceOf(Date);
    expect(res.data.opportunity.updatedAt).toBeInstanceOf(Date);
    expect(res.data.history.map((h: { kind: string; version: number }) => [h.kind, h.version])).toEqual([['updated', 3], ['moved', 2]]);
    expect(res.data.history[0]).toMatchObject({
      actorName: a.byRole.manager.name,
      changes: [
        { field: 'title', from: 'Deal alpha', to: 'Renovación 2030' },
        { field: 'amountMinor', from: 1_000_000, to: 1_234_567 },
      ],
    });
    expect(res.data.history[1].changes).toContainEqual({ field: 'stage', from: 'Qualify', to: 'Negociación' });
    expect(res.data.history[1].createdAt).toBeInstanceOf(Date);
  });

  it('commits an edit, records it, and delivers it to another client', async () => {
    const watcher = await socketFor('manager');
    const received = new Promise<TCardEvent>((resolve) => watcher.once('board:card', resolve));
    const res = await update('rep', { amountMinor: 2_500_000, probability: 35, expectedCloseDate: '2030-03-15', type: 'upsell', forecastCategory: 'best_case' });
    expect(res.status).toBe(200);
    expect(res.data.card).toMatchObject({ amountMinor: 2_500_000, probability: 35, expectedCloseDate: '2030-03-15', type: 'upsell', version: 2 });
    expect(res.data.seq).toBeGreaterThan(0);
    expect(res.data.card.boardSeq).toBe(res.data.seq);
    const event = await received;
    expect(event).toMatchObject({ kind: 'updated', seq: res.data.seq, actorName: a.byRole.rep.name, card: { id: a.opportunity.id, version: 2, amountMinor: 2_500_000 } });
    const [row] = await db.db.select().from(opportunities).where(eq(opportunities.id, a.opportunity.id));
    expect(row).toMatchObject({ forecastCategory: 'best_case', version: 2, boardSeq: res.data.seq });
    const history = await db.db.select().from(opportunityEvents).where(eq(opportunityEvents.opportunityId, a.opportunity.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      kind: 'updated',
      version: 2,
      actorId: a.byRole.rep.userId,
      from: { amountMinor: 1_000_000, probability: 20, expectedCloseDate: '2030-01-31', type: 'new_business', forecastCategory: 'pipeline' },
      to: { amountMinor: 2_500_000, probability: 35, expectedCloseDate: '2030-03-15', type: 'upsell', forecastCategory: 'best_case' },
    });
  });

  it('hands the deal to another owner, who brings it to their team; viewers and strangers cannot own it', async () => {
    const [team] = await db.db.insert(teams).values({ id: randomUUID(), organizationId: a.organizationId, name: 'Iberia' }).returning();
    await db.db.insert(teamMembers).values({ organizationId: a.organizationId, teamId: team!.id, userId: a.byRole.manager.userId });
    const toViewer = await update('rep', { ownerId: a.byRole.viewer.userId });
    expect(toViewer.status).toBe(400);
    expect(toViewer.error?.message).toMatch(/not a viewer/);
    expect((await update('rep', { ownerId: b.byRole.rep.userId })).status).toBe(400);
    const res = await update('rep', { ownerId: a.byRole.manager.userId });
    expect(res.status).toBe(200);
    expect(res.data.card).toMatchObject({ ownerId: a.byRole.manager.userId, ownerName: a.byRole.manager.name, teamId: team!.id });
    const detail = await get('rep');
    expect(detail.data.opportunity.teamName).toBe('Iberia');
    expect(detail.data.history[0].changes).toEqual([
      { field: 'owner', from: a.byRole.rep.name, to: a.byRole.manager.name },
      { field: 'team', from: null, to: 'Iberia' },
    ]);
  });

  it('answers CONFLICT with the current card to a stale version', async () => {
    expect((await update('manager', { probability: 50 })).status).toBe(200);
    const stale = await update('rep', { title: 'Mine' });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toMatch(new RegExp(`^${a.byRole.manager.name} changed this deal meanwhile`));
    expect((stale.error?.data as any).appData.card).toMatchObject({ version: 2, probability: 50, title: 'Deal alpha' });
  });

  it('applies a retried client mutation id once, and a save that changes nothing writes nothing', async () => {
    const clientMutationId = randomUUID();
    const first = await update('rep', { amountMinor: 5 }, { clientMutationId });
    const retry = await update('rep', { amountMinor: 5 }, { clientMutationId });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.data.card.version).toBe(2);
    expect(retry.data.seq).toBe(first.data.seq);
    const same = await update('rep', { amountMinor: 5 }, { version: 2 });
    expect(same.status).toBe(200);
    expect(same.data.card.version).toBe(2);
    const [row] = await db.db.select().from(opportunities).where(eq(opportunities.id, a.opportunity.id));
    expect(row!.version).toBe(2);
    expect(await db.db.select().from(opportunityEvents).where(eq(opportunityEvents.opportunityId, a.opportunity.id))).toHaveLength(1);
  });

  it('serialises concurrent edits of one deal: exactly one wins; a concurrent retry is a replay', async () => {
    const results = await Promise.all([update('rep', { probability: 30 }), update('manager', { probability: 70 })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const clientMutationId = randomUUID();
    const twice = await Promise.all([1, 2].map(() => update('rep', { probability: 40 }, { version: 2, clientMutationId })));
    expect(twice.map((r) => [r.status, r.data?.card.version])).toEqual([[200, 3], [200, 3]]);
  });

  it('lets a viewer edit nothing, and another organization neither read nor edit', async () => {
    const otherOrg = await socketFor('other');
    let leaked = false;
    otherOrg.on('board:card', () => (leaked = true));
    expect((await update('viewer', { title: 'Nope' })).status).toBe(403);
    expect((await get('other')).status).toBe(404);
    expect((await update('other', { title: 'Nope' })).status).toBe(404);
    expect((await get('rep', randomUUID())).status).toBe(404);
    expect((await update('rep', { title: 'Mine' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(leaked).toBe(false);
  });

  it('refuses bad input with a readable message', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ amountMinor: -1 }, /patch\.amountMinor: Amount cannot be negative/],
      [{ amountMinor: 12.5 }, /patch\.amountMinor: Amount must be a whole number/],
      [{ expectedCloseDate: '31/01/2030' }, /patch\.expectedCloseDate: Use a date like 2030-01-31/],
      [{ expectedCloseDate: '2030-02-30' }, /patch\.expectedCloseDate: Not a real calendar date/],
      [{ probability: 101 }, /patch\.probability: Probability must be between 0 and 100/],
      [{ stageId: a.stage.id }, /patch: Unrecognized key.*stageId/],
      [{ title: ' ' }, /patch\.title: Title must have at least 2 characters/],
      [{ forecastCategory: 'closed' }, /patch\.forecastCategory: Forecast category must be/],
      [{}, /patch: Change at least one field/],
    ];
    for (const [patch, message] of cases) {
      const res = await update('rep', patch);
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(res.error?.message).toMatch(message);
    }
    const [row] = await db.db.select().from(opportunities).where(eq(opportunities.id, a.opportunity.id));
    expect(row!.version).toBe(1);
  });

  it('does not edit a closed deal', async () => {
    const won = await app.call('mutation', 'opportunity.move', {
      id: a.opportunity.id, version: 1, target: { kind: 'won' }, rank: 'a0', clientMutationId: randomUUID(),
    }, cookie.rep);
    expect(won.status).toBe(200);
    const res = await update('rep', { amountMinor: 1 }, { version: 2 });
    expect(res.status).toBe(400);
    expect(res.error?.message).toMatch(/closed/);
  });
});
