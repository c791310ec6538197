import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdForecastLock } from '~/db/forecast/forecast-lock';
import { createForecastRunner } from '~/db/forecast/forecast-runner';
import { runDatasetImport } from '~/db/import/run-dataset-import';
import { forecastOverrides, forecastSnapshots, organizations } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { sampleDatasetTables, readSampleFile } from '~/db/testing/sample-dataset';
import { createTestDb } from '~/db/testing/test-db';
import { ZForecastSnapshotSchema, type TForecastSnapshot } from '~/domain/forecast/snapshot';
import { getTestEnv } from '~/env';
import { runForecast } from './run-forecast';

/** After the data set's last date (2017-12-31): every deal is history, the forecast months are 2018. */
const AS_OF = new Date('2018-01-15T12:00:00Z');

/** sales_pipeline.csv read naively (it has no quoted fields), independently of the importer. */
function pipelineRows(): { agent: string; stage: string; closeDate: string; value: number }[] {
  const [header, ...lines] = readSampleFile('sales_pipeline.csv').trim().split(/\r?\n/);
  const names = header!.split(',');
  return lines.map((line) => {
    const r = Object.fromEntries(line.split(',').map((v, i) => [names[i], v]));
    return { agent: r.sales_agent!, stage: r.deal_stage!, closeDate: r.close_date ?? '', value: Number(r.close_value || 0) };
  });
}

describe('forecast job on the CRM sample data set', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let org: TOrgFixture;
  let snapshot: TForecastSnapshot;
  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'fcst');
    // The data set is in US dollars: the organization reports in USD, in a US time zone.
    await db.db.update(organizations).set({ currency: 'USD', timeZone: 'America/New_York' }).where(eq(organizations.id, org.organizationId));
    const imported = await runDatasetImport(db.db, { organizationId: org.organizationId, userId: org.byRole.admin.userId, tables: sampleDatasetTables(), commit: true });
    expect(imported.status).toBe('imported');
    const [result] = await runForecast(db, { slug: 'fcst', asOf: AS_OF, log: () => {} });
    if (result?.status !== 'stored') throw new Error('the first run did not store a snapshot');
    snapshot = result.snapshot;
  }, 60_000);
  afterAll(() => db?.drop());

  it('stores a snapshot that satisfies the contract, computed in a worker thread', async () => {
    const [row] = await db.db.select().from(forecastSnapshots).where(eq(forecastSnapshots.organizationId, org.organizationId));
    expect(ZForecastSnapshotSchema.parse(row!.result)).toEqual(snapshot);
    expect(snapshot.currency).toBe('USD');
    expect(snapshot.months).toEqual(['2018-01', '2018-02', '2018-03', '2018-04', '2018-05', '2018-06', '2018-07', '2018-08', '2018-09', '2018-10', '2018-11', '2018-12']);
    expect(snapshot.meta.computedIn).toBe('worker');
  });

  it('breaks the Monte Carlo down by owner, team and pipeline, from the same draws', () => {
    const mc = snapshot.monteCarlo;
    const of = (groupBy: string) => mc.byGroup.filter((g) => g.groupBy === groupBy);
    for (const groupBy of ['owner', 'team', 'pipeline']) expect([groupBy, of(groupBy).reduce((n, g) => n + g.openDeals, 0)]).toEqual([groupBy, mc.openDeals]);
    expect(of('owner').length).toBeGreaterThan(5);
    // Owners split every run's revenue: their means add up to the mean of the same runs, which is within 5 standard errors of the organization's.
    const runs = of('owner')[0]!.runs;
    const owners = of('owner').reduce((sum, g) => sum + g.total.mean, 0);
    expect(Math.abs(owners - mc.total.mean)).toBeLessThan((5 * mc.total.sd) / Math.sqrt(runs));
    for (const g of mc.byGroup) expect(g.total.p10 <= g.total.p50 && g.total.p50 <= g.total.p90).toBe(true);
  });

  it('computes the sales KPIs per owner, team and pipeline as for the organization: one pipeline holds every deal, so its figures are the organization’s', () => {
    const { values, byGroup } = snapshot.kpis;
    const pipelines = byGroup.filter((g) => g.groupBy === 'pipeline');
    expect(pipelines).toHaveLength(1);
    for (const key of ['winRate', 'averageDealSizeMinor', 'salesCycleDays'] as const) expect([key, pipelines[0]!.values[key]]).toEqual([key, values[key]]);
    expect(byGroup.filter((g) => g.groupBy === 'owner').length).toBeGreaterThan(5);
    expect(values.winRate.previous).not.toBeNull();
    expect(byGroup.some((g) => g.groupBy === 'owner' && g.values.winRate?.previous !== values.winRate.previous)).toBe(true);
  });

  it('books won close_value by close month, as summed from the CSV', () => {
    const expected = new Map<string, number>();
    for (const d of pipelineRows()) if (d.stage === 'Won') expected.set(d.closeDate.slice(0, 7), (expected.get(d.closeDate.slice(0, 7)) ?? 0) + d.value * 100);
    const booked = new Map(snapshot.bookings.history.filter((h) => h.amountMinor > 0).map((h) => [h.month, h.amountMinor]));
    expect(booked).toEqual(expected);
    expect(expected.size).toBeGreaterThan(5);
  });

  it('has the win rate won / (won + lost), overall and per agent, as counted in the CSV', () => {
    const rows = pipelineRows();
    const won = rows.filter((d) => d.stage === 'Won').length;
    const lost = rows.filter((d) => d.stage === 'Lost').length;
    expect(snapshot.winRates.overall).toEqual({ won, lost, winRate: won / (won + lost) });
    const names = new Map(snapshot.dimensions.owners.map((o) => [o.id, o.name]));
    const byAgent = new Map<string, { won: number; lost: number }>();
    for (const d of rows) {
      if (d.stage !== 'Won' && d.stage !== 'Lost') continue;
      const a = byAgent.get(d.agent) ?? { won: 0, lost: 0 };
      if (d.stage === 'Won') a.won++;
      else a.lost++;
      byAgent.set(d.agent, a);
    }
    const computed = new Map(snapshot.winRates.byOwner.map((w) => [names.get(w.ownerId), w]));
    expect(computed.size).toBe(byAgent.size);
    for (const [agent, c] of byAgent) expect(computed.get(agent), agent).toEqual({ ownerId: expect.any(String), won: c.won, lost: c.lost, winRate: c.won / (c.won + c.lost) });
  });

  it('forecasts bookings with Holt-Winters (more than two seasons? no: the file has 15 months, so a linear trend that says so)', () => {
    const f = snapshot.bookings.forecast;
    expect(snapshot.bookings.history.length).toBeLessThan(24);
    expect(f.method).toBe('linear-trend');
    expect(f.message).toMatch(/two full seasons/);
    expect(f.points.map((p) => p.month)).toEqual(snapshot.months);
  });

  it('keeps history: a second run stores a second snapshot, reusing the heavy part when nothing changed', async () => {
    const runner = createForecastRunner(db, { log: () => {} });
    try {
      const first = await runner.run(org.organizationId, AS_OF);
      const second = await runner.run(org.organizationId, AS_OF);
      expect(first.status === 'stored' && second.status === 'stored' && second.snapshot.meta.reusedHeavy.monteCarlo).toBe(true);
    } finally {
      await runner.close();
    }
    const rows = await db.db.select({ id: forecastSnapshots.id }).from(forecastSnapshots).where(eq(forecastSnapshots.organizationId, org.organizationId));
    expect(rows.length).toBe(3);
  });

  it('warms up its thread before the first run (modules loaded, connections open), then computes there', async () => {
    const runner = createForecastRunner(db, { log: () => {} });
    try {
      await runner.warmUp();
      await runner.warmUp();
      const run = await runner.run(org.organizationId, AS_OF);
      expect(run.status === 'stored' && run.snapshot.meta.computedIn).toBe('worker');
    } finally {
      await runner.close();
    }
  });

  it('shows a manager override beside the rep number it replaces; the newest override is in force', async () => {
    const cell = snapshot.pipeline.find((r) => r.groupBy === 'owner' && r.period === 'month' && r.rollup.openPipeline > 0)!;
    expect(cell).toBeDefined();
    const base = { organizationId: org.organizationId, ownerId: cell.key!, month: `${cell.bucket}-01`, category: 'commit' as const, currency: 'USD', originalMinor: cell.rollup.commit, createdBy: org.byRole.manager.userId };
    await db.db.insert(forecastOverrides).values({ ...base, amountMinor: 111_00, note: 'first thought', createdAt: new Date('2018-01-10T10:00:00Z') });
    await db.db.insert(forecastOverrides).values({ ...base, amountMinor: 500_000_00, note: 'signed PO expected', createdAt: new Date('2018-01-11T10:00:00Z') });
    const [result] = await runForecast(db, { slug: 'fcst', asOf: AS_OF, log: () => {} });
    if (result?.status !== 'stored') throw new Error('not stored');
    const row = result.snapshot.overrides.find((o) => o.ownerId === cell.key && o.month === cell.bucket && o.category === 'commit')!;
    expect(row).toMatchObject({ originalMinor: cell.rollup.commit, effectiveMinor: 500_000_00, override: { amountMinor: 500_000_00, note: 'signed PO expected', byUserId: org.byRole.manager.userId, originalAtOverrideMinor: cell.rollup.commit } });
  });

  it.runIf(!!getTestEnv().TEST_DATABASE_URL)('skips the run while another process holds the organization lock (Postgres)', async () => {
    const lock = await holdForecastLock(db.url!, org.organizationId);
    try {
      const [result] = await runForecast(db, { slug: 'fcst', asOf: AS_OF, log: () => {} });
      expect(result?.status).toBe('skipped');
    } finally {
      await lock.release();
    }
    const [again] = await runForecast(db, { slug: 'fcst', asOf: AS_OF, log: () => {} });
    expect(again?.status).toBe('stored');
  });
});
