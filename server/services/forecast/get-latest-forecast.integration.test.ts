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
