import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestSnapshot } from '~/db/queries/forecast/snapshots';
import { opportunities, orders } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { ZForecastSnapshotSchema, type TForecastSnapshot } from '~/domain/forecast/snapshot';
import type { TMoveTarget } from '~/domain/schemas/board';
import { moveStatement } from '~/server/services/board/move-statement';
import { updateOpportunity } from '~/server/services/opportunity/update-opportunity';
import { scheduleForecast } from './schedule-forecast';
import { createForecastRunner, createInProcessForecastRunner, type TForecastRunResult } from '~/db/forecast/forecast-runner';

/** One instant for every run, so incremental and full runs compute for the same calendar. */
const AS_OF = new Date();
const day = (offset: number) => new Date(AS_OF.getTime() + offset * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The snapshot without what differs by construction between runs (timings, run mode). */
const comparable = (r: TForecastRunResult): Omit<TForecastSnapshot, 'meta'> & { meta: Pick<TForecastSnapshot['meta'], 'openDeals' | 'closedDeals'> } => {
  if (r.status !== 'stored') throw new Error('not stored');
  const { meta, ...rest } = r.snapshot;
  return { ...rest, meta: { openDeals: meta.openDeals, closedDeals: meta.closedDeals } };
};

describe('incremental forecast after board moves', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let org: TOrgFixture;
  let runner: ReturnType<typeof createForecastRunner>;
  let open: { id: string }[];

  /** A full run by a new runner: fresh process state, everything read again. */
  const fullRun = async () => {
    const fresh = createForecastRunner(db, { log: () => {} });
    try {
      return await fresh.run(org.organizationId, AS_OF, { mode: 'full' });
    } finally {
      await fresh.close();
    }
  };
  const move = async (id: string, target: TMoveTarget) => {
    const [card] = await db.db.select({ version: opportunities.version }).from(opportunities).where(eq(opportunities.id, id));
    const actor = { userId: org.byRole.manager.userId, name: 'Manager' };
    await db.db.execute(moveStatement(org.organizationId, actor, { id, version: card!.version, target, rank: 'a5', clientMutationId: randomUUID() }));
  };

  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'incr');
    const base = { organizationId: org.organizationId, customerId: org.customer.id, pipelineId: org.pipeline.id, stageId: org.stage.id, currency: 'EUR', rank: 'a1' };
    const owners = [org.byRole.rep.userId, org.byRole.manager.userId];
    open = await db.db
      .insert(opportunities)
      .values(
        Array.from({ length: 40 }, (_, i) => ({
          ...base, title: `Open ${i}`, ownerId: owners[i % 2]!, amountMinor: 100_000 + i * 13_579, probability: [10, 25, 50, 75, 90][i % 5]!,
          expectedCloseDate: iso(day(-20 + i * 9)), forecastCategory: (['pipeline', 'best_case', 'commit', 'omitted'] as const)[i % 4]!,
        })),
      )
      .returning({ id: opportunities.id });
    await db.db.insert(opportunities).values(
      Array.from({ length: 60 }, (_, i) => ({
        ...base, title: `Closed ${i}`, ownerId: owners[i % 2]!, amountMinor: 50_000 + i * 7_919, probability: i % 3 === 0 ? 0 : 100,
        status: i % 3 === 0 ? ('lost' as const) : ('won' as const), forecastCategory: i % 3 === 0 ? ('omitted' as const) : ('closed' as const),
        expectedCloseDate: iso(day(-30 * (i % 30) - 20)), closedAt: day(-30 * (i % 30) - 5 - (i % 40)),
      })),
    );
    runner = createForecastRunner(db, { log: () => {} });
    const first = await runner.run(org.organizationId, AS_OF, { mode: 'full' });
    expect(first.status === 'stored' && first.snapshot.meta.run?.mode).toBe('full');
  }, 60_000);
  afterAll(async () => {
    await runner?.close();
    await db?.drop();
  });

  it('after a move between open columns reads only that deal, swaps it in the simulation, and equals a full run', async () => {
    await move(open[1]!.id, { kind: 'band', probability: 90 });
    await move(open[2]!.id, { kind: 'band', probability: 10 });
    const incremental = await runner.run(org.organizationId, AS_OF);
    expect(incremental.status === 'stored' && incremental.snapshot.meta.run).toEqual({ mode: 'incremental', changedDeals: 2, closedFacts: 'unchanged', monteCarlo: 'swapped' });
    const full = await fullRun();
    expect(comparable(incremental)).toEqual(comparable(full));
  });

  it('adds the closed facts of a deal just won, and of one just lost, and still equals a full run', async () => {
    const before = await runner.run(org.organizationId, AS_OF);
    await move(open[5]!.id, { kind: 'won' });
    await move(open[6]!.id, { kind: 'lost', reason: 'Budget cut' });
    const incremental = await runner.run(org.organizationId, AS_OF);
    if (incremental.status !== 'stored' || before.status !== 'stored') throw new Error('not stored');
    expect(incremental.snapshot.meta.run).toMatchObject({ mode: 'incremental', changedDeals: 2, closedFacts: 'delta' });
    expect(incremental.snapshot.winRates.overall.won).toBe(before.snapshot.winRates.overall.won + 1);
    expect(incremental.snapshot.winRates.overall.lost).toBe(before.snapshot.winRates.overall.lost + 1);
    expect(comparable(incremental)).toEqual(comparable(await fullRun()));
  });

  it('a deal given to another owner takes its orders with it: the document KPIs are read again and the run equals a full run', async () => {
    const deal = open[3]!.id; // the manager's
    await db.db.insert(orders).values({ organizationId: org.organizationId, customerId: org.customer.id, number: 'O-REASSIGN', orderDate: iso(AS_OF), grossMinor: 123_456, netMinor: 123_456, currency: 'EUR', status: 'confirmed', opportunityId: deal });
    const before = await runner.run(org.organizationId, AS_OF, { mode: 'full' });
    const backlogOf = (r: TForecastRunResult, owner: string) =>
      r.status === 'stored' ? r.snapshot.kpis.byGroup.find((g) => g.groupBy === 'owner' && g.key === owner)?.values.orderBacklogMinor?.value : undefined;
    expect(backlogOf(before, org.byRole.manager.userId)).toBe(123_456);
    const [card] = await db.db.select({ version: opportunities.version }).from(opportunities).where(eq(opportunities.id, deal));
    const viewer = { userId: org.byRole.manager.userId, memberId: org.byRole.manager.memberId, organizationId: org.organizationId, role: 'manager' as const, name: 'Manager' };
    await updateOpportunity(db.db, viewer, { id: deal, version: card!.version, patch: { ownerId: org.byRole.rep.userId }, clientMutationId: randomUUID() }, () => {});
    const incremental = await runner.run(org.organizationId, AS_OF);
    expect(incremental.status === 'stored' && incremental.snapshot.meta.run?.mode).toBe('incremental');
    expect(backlogOf(incremental, org.byRole.rep.userId)).toBe(123_456);
    expect(backlogOf(incremental, org.byRole.manager.userId)).toBe(0);
    expect(comparable(incremental)).toEqual(comparable(await fullRun()));
  });

  it('keeps its state when the board moves while a full run reads: the snapshot is exact and the next run is incremental', async () => {
    const inProcess = createInProcessForecastRunner(db, { log: () => {} });
    try {
      const raced = await inProcess.run(org.organizationId, AS_OF, { mode: 'full', midRead: () => move(open[13]!.id, { kind: 'band', probability: 50 }) });
      expect(comparable(raced)).toEqual(comparable(await fullRun()));
      await move(open[14]!.id, { kind: 'band', probability: 25 });
      const next = await inProcess.run(org.organizationId, AS_OF);
      expect(next.status === 'stored' && next.snapshot.meta.run).toMatchObject({ mode: 'incremental', changedDeals: 1 });
      expect(comparable(next)).toEqual(comparable(await fullRun()));
    } finally {
      await inProcess.close();
    }
  });

  it('a deal won while a full run reads may be half seen: nothing is kept and the next run is full', async () => {
    const inProcess = createInProcessForecastRunner(db, { log: () => {} });
    try {
      await inProcess.run(org.organizationId, AS_OF, { mode: 'full', midRead: () => move(open[17]!.id, { kind: 'won' }) });
      const next = await inProcess.run(org.organizationId, AS_OF);
      expect(next.status === 'stored' && next.snapshot.meta.run?.mode).toBe('full');
      expect(comparable(next)).toEqual(comparable(await fullRun()));
    } finally {
      await inProcess.close();
    }
  });

  it('a debounced run after a board change in the server is incremental and announces the new snapshot', async () => {
    const published: string[] = [];
    const scheduler = scheduleForecast(db, (_org, event, payload) => published.push(`${event}:${(payload as { snapshotId: string }).snapshotId}`), { intervalMs: 0, debounceMs: 10 });
    try {
      expect((await scheduler.recomputeNow(org.organizationId)).status).toBe('stored');
      await move(open[9]!.id, { kind: 'band', probability: 75 });
      scheduler.notify(org.organizationId, 'board:card');
      await expect.poll(() => published.length, { timeout: 20_000 }).toBe(2);
    } finally {
      await scheduler.stop();
    }
    const latest = await latestSnapshot(db.db, org.organizationId);
    expect(published[1]).toBe(`forecast:updated:${latest!.id}`);
    expect(ZForecastSnapshotSchema.parse(latest!.result).meta.run).toMatchObject({ mode: 'incremental', changedDeals: 1 });
  });

  it('a board that never goes quiet still gets a run, maxWaitMs after its first waiting change', async () => {
    const published: string[] = [];
    const scheduler = scheduleForecast(db, (_org, event) => published.push(event), { intervalMs: 0, debounceMs: 300, maxWaitMs: 600 });
    try {
      // A change every 50 ms: a plain trailing debounce of 300 ms would never fire while this lasts.
      const until = Date.now() + 20_000;
      while (published.length === 0 && Date.now() < until) {
        scheduler.notify(org.organizationId, 'board:card');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // At least one run (a slow machine may finish a second, for the changes that waited during the first, before the loop looks).
      expect(published.length).toBeGreaterThan(0);
      expect(new Set(published)).toEqual(new Set(['forecast:updated']));
    } finally {
      await scheduler.stop();
    }
  });
});
