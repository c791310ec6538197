import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDbFromEnv } from '~/db/open-from-env';
import { opportunities } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { runDatabaseCli } from './database-cli';
import type { forecastJson } from './forecast-json';

async function run(argv: string[], open: Parameters<typeof runDatabaseCli>[2]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDatabaseCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), readText: async () => '' }, open);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('job:forecast database mode', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let org: TOrgFixture;
  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'cli');
    const base = { organizationId: org.organizationId, customerId: org.customer.id, ownerId: org.byRole.rep.userId, pipelineId: org.pipeline.id, stageId: org.stage.id, currency: 'EUR', rank: 'b0' };
    await db.db.insert(opportunities).values([
      { ...base, title: 'Won A', amountMinor: 300_00, probability: 100, status: 'won', forecastCategory: 'closed', expectedCloseDate: '2026-01-10', closedAt: new Date('2026-01-10T12:00:00Z') },
      { ...base, title: 'Lost B', amountMinor: 500_00, probability: 0, status: 'lost', forecastCategory: 'omitted', expectedCloseDate: '2026-01-20', closedAt: new Date('2026-01-20T12:00:00Z') },
      { ...base, title: 'Open C', amountMinor: 1_000_00, probability: 50, expectedCloseDate: '2026-03-15' },
    ]);
  }, 30_000);
  afterAll(() => db?.drop());

  it('runs the job and prints bookings, win rates, weighted pipeline, KPIs and P10/P50/P90 as JSON', async () => {
    const { code, out, err } = await run(['--org', 'cli', '--json', '--as-of', '2026-02-10T12:00:00Z'], async () => ({ ...db, close: async () => {} }));
    expect(code, err).toBe(0);
    const json = JSON.parse(out) as ReturnType<typeof forecastJson>;
    expect(json.organizationId).toBe(org.organizationId);
    expect(json.bookingsByMonth.actual).toEqual([{ month: '2026-01', amountMinor: 300_00, deals: 1 }]);
    expect(json.winRates.overall).toEqual({ won: 1, lost: 1, winRate: 0.5 });
    expect(json.winRates.byOwner).toEqual([{ ownerId: org.byRole.rep.userId, ownerName: org.byRole.rep.name, won: 1, lost: 1, winRate: 0.5 }]);
    expect(json.weightedPipelineByMonth.find((m) => m.month === '2026-03')).toMatchObject({ weightedMinor: 500_00, unweightedMinor: 1_000_00 });
    expect(json.kpis.values.winRate).toMatchObject({ value: 0.5 });
    const march = json.revenue.months.find((m) => m.month === '2026-03')!;
    expect([march.p10, march.p90]).toEqual([0, 1_000_00]);
    // The rep holds both open deals (the fixture's and this one), over the first 1,024 of the organization's runs.
    const rep = json.revenue.byGroup.find((g) => g.groupBy === 'owner' && g.key === org.byRole.rep.userId)!;
    expect(rep).toMatchObject({ name: org.byRole.rep.name, openDeals: 2, runs: 1_024 });
    expect(rep.total.p90).toBe(json.revenue.total.p90);
    expect(err).toMatch(/snapshot .* in \d+ ms/);
  }, 30_000);

  it('refuses bad arguments and an unknown organization with exit code 1', async () => {
    const open = async () => ({ ...db, close: async () => {} });
    expect((await run(['--org', 'Not A Slug'], open)).err).toMatch(/organization slug/);
    const unknown = await run(['--org', 'nobody'], open);
    expect([unknown.code, unknown.err]).toEqual([1, '[forecast] No organization with slug "nobody"']);
  });

  it('refuses clearly when the server holds the embedded database', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'forecast-cli-'));
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(dir, 'pglite.lock'), String(holder.pid));
      const { code, err } = await run(['--json'], () => openDbFromEnv({ DATA_DIR: dir, DATABASE_URL: undefined }));
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`in use by process ${holder.pid}.*the running server computes the forecast itself`));
    } finally {
      holder.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
