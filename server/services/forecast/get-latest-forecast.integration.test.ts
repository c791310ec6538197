import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createForecastRunner, type TForecastRunResult } from '~/db/forecast/forecast-runner';
import { opportunities } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import { getLatestForecast } from './get-latest-forecast';

const NOW = new Date();
/** Before the start of the current quarter, whatever today is (a quarter is at most 92 days). */
const EARLIER = new Date(NOW.getTime() - 120 * 86_400_000);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The open weighted pipeline per month of one group, as the snapshot's rows hold it. */
const weightedOf = (s: TForecastSnapshot, groupBy: string, key: string | null) =>
  Object.fromEntries(s.pipeline.filter((r) => r.groupBy === groupBy && r.key === key && r.period === 'month').map((r) => [r.bucket, r.weightedMinor]));

describe('forecast.latest: the forecast at the start of the period, for the weighted-pipeline tile’s trend', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let org: TOrgFixture;
  const run = async (asOf: Date) => {
    const runner = createForecastRunner(db, { log: () => {} });
    try {
      const result: TForecastRunResult = await runner.run(org.organizationId, asOf, { mode: 'full' });
      if (result.status !== 'stored') throw new Error(`run ${result.status}`);
      return result.snapshot;
    } finally {
      await runner.close();
    }
  };

  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'open');
    const base = { organizationId: org.organizationId, customerId: org.customer.id, pipelineId: org.pipeline.id, stageId: org.stage.id, currency: 'EUR', rank: 'a1' };
    await db.db.insert(opportunities).values(
      Array.from({ length: 12 }, (_, i) => ({
        ...base, title: `Open ${i}`, ownerId: i % 3 === 0 ? org.byRole.manager.userId : org.byRole.rep.userId, amountMinor: 500_000 + i * 10_000,
        probability: [25, 50, 75][i % 3]!, expectedCloseDate: iso(new Date(NOW.getTime() + (i - 4) * 20 * 86_400_000)), createdAt: new Date(EARLIER.getTime() - 86_400_000),
      })),
    );
  });
  afterAll(() => db?.drop());

  it('has none while no snapshot is older than the period', async () => {
    await run(NOW);
    expect((await getLatestForecast(db.db, org.organizationId, {}))!.opening).toBeNull();
  });

  it('reads the newest snapshot before the period began, for the organization and for the filtered owner', async () => {
    const earlier = await run(EARLIER);
    const latest = await run(NOW);
    const all = await getLatestForecast(db.db, org.organizationId, {});
    expect(all!.snapshot.asOf).toBe(latest.asOf);
    expect(earlier.asOf < `${latest.kpis.period.from}T00:00:00`).toBe(true);
    expect(all!.opening).toEqual({ asOf: earlier.asOf, months: earlier.months, weightedByMonth: weightedOf(earlier, 'all', null) });
    expect(Object.values(all!.opening!.weightedByMonth).some((v) => v > 0)).toBe(true);
    const rep = await getLatestForecast(db.db, org.organizationId, { owner: org.byRole.rep.userId });
    expect(rep!.opening!.weightedByMonth).toEqual(weightedOf(earlier, 'owner', org.byRole.rep.userId));
    expect(rep!.opening!.weightedByMonth).not.toEqual(all!.opening!.weightedByMonth);
  });
});

describe('forecast.latest with a filter: the group’s own forecast accuracy', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let org: TOrgFixture;
  /** First day of the month `offset` months from now (UTC), plus `days`. */
  const monthDay = (offset: number, days = 0) => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() + offset, 1 + days, 12));
  const target = monthDay(-2).toISOString().slice(0, 7);
  let earlier: TForecastSnapshot;

  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'accuracy');
    const base = { organizationId: org.organizationId, customerId: org.customer.id, pipelineId: org.pipeline.id, stageId: org.stage.id, currency: 'EUR', rank: 'a1', createdAt: monthDay(-4) };
    const rep = org.byRole.rep.userId;
    const manager = org.byRole.manager.userId;
    // Expected to close in the target month: the rep's 600,000 and the manager's 300,000 at 50 %.
    await db.db.insert(opportunities).values(
      [[rep, 100_000], [rep, 200_000], [rep, 300_000], [manager, 300_000]].map(([ownerId, amountMinor], i) => ({
        ...base, title: `Open ${i}`, ownerId: ownerId as string, amountMinor: amountMinor as number, probability: 50, expectedCloseDate: iso(monthDay(-2, 14)),
      })),
    );
    const runner = createForecastRunner(db, { log: () => {} });
    try {
      const stored = await runner.run(org.organizationId, monthDay(-3, 9), { mode: 'full' });
      if (stored.status !== 'stored') throw new Error(`run ${stored.status}`);
      earlier = stored.snapshot;
    } finally {
      await runner.close();
    }
    // Then, in the target month, the rep won 250,000 and the manager 40,000.
    await db.db.insert(opportunities).values(
      [[rep, 250_000], [manager, 40_000]].map(([ownerId, amountMinor], i) => ({
        ...base, title: `Won ${i}`, ownerId: ownerId as string, amountMinor: amountMinor as number, probability: 100, status: 'won' as const,
        forecastCategory: 'closed' as const, expectedCloseDate: iso(monthDay(-2, 14)), closedAt: monthDay(-2, 14),
      })),
    );
    const again = createForecastRunner(db, { log: () => {} });
    try {
      expect((await again.run(org.organizationId, NOW, { mode: 'full' })).status).toBe('stored');
    } finally {
      await again.close();
    }
  }, 60_000);
  afterAll(() => db?.drop());

  /** What the earlier snapshot's simulation gave one group for the target month (mean, rounded). */
  const forecastOf = (key: string | null, groupBy: 'owner' | 'team' | 'pipeline' = 'owner') =>
    Math.round(earlier.monteCarlo.byGroup.find((g) => g.groupBy === groupBy && g.key === key)!.months.find((m) => m.month === target)!.mean);

  it('compares each owner’s forecast of that month with what that owner won', async () => {
    const all = (await getLatestForecast(db.db, org.organizationId, {}))!.snapshot.accuracy.months.find((m) => m.month === target)!;
    expect(all).toMatchObject({ snapshotId: expect.any(String), actualMinor: 290_000 });
    for (const [ownerId, won] of [[org.byRole.rep.userId, 250_000], [org.byRole.manager.userId, 40_000]] as const) {
      const acc = (await getLatestForecast(db.db, org.organizationId, { owner: ownerId }))!.snapshot.accuracy;
      const month = acc.months.find((m) => m.month === target)!;
      expect(forecastOf(ownerId)).toBeGreaterThan(0);
      expect(month).toMatchObject({ snapshotId: all.snapshotId, forecastMinor: forecastOf(ownerId), actualMinor: won, errorMinor: forecastOf(ownerId) - won });
      expect(month.weightedMinor).toBe(weightedOf(earlier, 'owner', ownerId)[target]);
      expect(acc.mape).toBeCloseTo(Math.abs(forecastOf(ownerId) - won) / won, 9);
    }
  });

  it('does the same for "no team" (key null) and for the pipeline, which hold all of it', async () => {
    for (const [filter, group] of [[{ team: null }, forecastOf(null, 'team')], [{ pipeline: org.pipeline.id }, forecastOf(org.pipeline.id, 'pipeline')]] as const) {
      const month = (await getLatestForecast(db.db, org.organizationId, filter))!.snapshot.accuracy.months.find((m) => m.month === target)!;
      expect(group).toBeGreaterThan(0);
      expect(month).toMatchObject({ forecastMinor: group, actualMinor: 290_000 });
    }
  });

  it('gives an owner who had no open deals a zero forecast, and a zero actual when they won nothing', async () => {
    const nobody = (await getLatestForecast(db.db, org.organizationId, { owner: org.byRole.viewer.userId }))!.snapshot.accuracy;
    expect(nobody.months.find((m) => m.month === target)).toMatchObject({ forecastMinor: 0, actualMinor: 0, absPercentError: null });
    expect(nobody.mape).toBeNull();
  });
});
