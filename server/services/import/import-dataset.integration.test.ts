import { and, count, eq, isNull, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDatasetImport } from '~/db/import/run-dataset-import';
import { accounts, customers, importRuns, members, opportunities, products, teams, users } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { sampleDatasetTables, readSampleFile } from '~/db/testing/sample-dataset';
import { createTestDb } from '~/db/testing/test-db';
import { getBoard } from '~/server/services/board/get-board';


/** The files read naively (they contain no quotes), independently of the importer's parsing. */
function rawRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readSampleFile(file).trim().split(/\r?\n/);
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

describe('CRM sample data set import', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let org: TOrgFixture;
  let result: Awaited<ReturnType<typeof runDatasetImport>>;
  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'crm', undefined, { currency: 'USD' });
    result = await runDatasetImport(db.db, { organizationId: org.organizationId, userId: org.byRole.admin.userId, tables: sampleDatasetTables(), commit: true });
    console.log(`[dataset import] ${db.driver}: ${result.elapsedMs} ms`);
  }, 60_000);
  afterAll(() => db?.drop());

  const countOf = async (table: any, where: any) => (await db.db.select({ n: count() }).from(table).where(where))[0]!.n;
  const inOrg = (table: any) => eq(table.organizationId, org.organizationId);

  it('imports and reconciles with the files: 85 accounts, 7 products, 35 agents, 8,800 deals (4,238 won, 2,473 lost)', async () => {
    const deals = rawRows('sales_pipeline.csv');
    const agents = rawRows('sales_teams.csv');
    const managers = new Set(agents.map((a) => a.manager));
    expect([rawRows('accounts.csv').length, rawRows('products.csv').length, agents.length, deals.length]).toEqual([85, 7, 35, 8800]);
    expect(result.status).toBe('imported');
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.counts).toMatchObject({ accounts: 85, products: 7, agents: 35, deals: 8800, won: 4238, lost: 2473, open: 2089 });

    // +1: the fixture's own customer.
    expect(await countOf(customers, inOrg(customers))).toBe(85 + 1);
    expect(await countOf(products, inOrg(products))).toBe(7);
    const imported = like(users.email, '%@crm.import.invalid');
    expect(await countOf(users, imported)).toBe(35 + managers.size);
    expect(await countOf(members, and(inOrg(members), eq(members.role, 'manager'), sql`${members.userId} in (select id from users where email like '%@crm.import.invalid')`))).toBe(managers.size);
    expect(await countOf(accounts, sql`${accounts.userId} in (select id from users where email like '%@crm.import.invalid')`)).toBe(0);
    expect(await countOf(teams, inOrg(teams))).toBe(new Set(agents.map((a) => a.regional_office)).size);

    const refs = and(inOrg(opportunities), sql`${opportunities.externalRef} is not null`);
    expect(await countOf(opportunities, refs)).toBe(deals.length);
    const byStatus = await db.db.select({ status: opportunities.status, n: count(), sum: sql<string>`sum(${opportunities.amountMinor})::text` }).from(opportunities).where(refs).groupBy(opportunities.status);
    const status = Object.fromEntries(byStatus.map((r) => [r.status, r]));
    expect(status.won?.n).toBe(deals.filter((d) => d.deal_stage === 'Won').length);
    expect(status.lost?.n).toBe(deals.filter((d) => d.deal_stage === 'Lost').length);
    expect(status.won?.n).toBe(4238);
    expect(status.lost?.n).toBe(2473);
    const wonCents = deals.filter((d) => d.deal_stage === 'Won').reduce((sum, d) => sum + BigInt(d.close_value!) * 100n, 0n);
    expect(status.won?.sum).toBe(String(wonCents));
    expect(await countOf(opportunities, and(refs, isNull(opportunities.customerId)))).toBe(deals.filter((d) => !d.account).length);
  });

  it('reports every dirty value it matched instead of dropping it', () => {
    const warnings = result.issues.filter((i) => i.severity === 'warning').map((i) => `${i.file} ${i.column}: ${i.message}`);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sales_pipeline\.csv product: "GTXPro" matched the product "GTX Pro" \(1,480 rows/),
        expect.stringMatching(/^sales_pipeline\.csv account: no account: imported without a customer \(1,425 rows/),
        expect.stringMatching(/^accounts\.csv sector: sector "technolgy" normalized to "technology"/),
        expect.stringMatching(/^accounts\.csv office_location: "Philipines" read as Philippines \(PH\)/),
      ]),
    );
  });

  it('links subsidiaries, keeps revenue exact and shows the open deals on the stage board', async () => {
    const [bluth] = await db.db.select().from(customers).where(and(inOrg(customers), eq(customers.legalName, 'Bluth Company')));
    const [acme] = await db.db.select().from(customers).where(and(inOrg(customers), eq(customers.legalName, 'Acme Corporation')));
    expect(bluth).toMatchObject({ parentCustomerId: acme!.id, annualRevenueMinor: 124_232_000_000, employees: 3027, yearEstablished: 1993, country: 'US', sector: 'technology' });
    const pipeline = (await db.db.select({ id: opportunities.pipelineId }).from(opportunities).where(eq(opportunities.externalRef, '1C1I7A6R')))[0]!.id;
    const board = await getBoard(db.db, org.organizationId, `stage:${pipeline}`);
    expect(board.cards).toHaveLength(2089);
    expect(board.stages.filter((s) => s.pipelineId === pipeline).map((s) => s.name)).toEqual(['Prospecting', 'Engaging']);
    for (const stage of board.stages.filter((s) => s.pipelineId === pipeline)) {
      const ranks = board.cards.filter((c) => c.stageId === stage.id).map((c) => c.rank);
      expect(ranks.length).toBeGreaterThan(0);
      expect(new Set(ranks).size).toBe(ranks.length);
    }
  });

  it('refuses a second import of the same files clearly and writes nothing', async () => {
    const again = await runDatasetImport(db.db, { organizationId: org.organizationId, userId: org.byRole.admin.userId, tables: sampleDatasetTables(), commit: true });
    expect(again.status).toBe('rejected');
    expect(again.issues.find((i) => i.severity === 'error')?.message).toMatch(/8,800 of these opportunity ids are already in this organization/);
    expect(await countOf(opportunities, inOrg(opportunities))).toBe(8800 + 1);
    const runs = await db.db.select({ status: importRuns.status }).from(importRuns).where(inOrg(importRuns)).orderBy(importRuns.createdAt);
    expect(runs.map((r) => r.status)).toEqual(['imported', 'rejected']);
  });

  it('refuses to add US dollars to another currency without an exchange rate', async () => {
    const eur = await createOrgFixture(db.db, 'crm-eur', ['admin']);
    const refused = await runDatasetImport(db.db, { organizationId: eur.organizationId, userId: eur.byRole.admin.userId, tables: sampleDatasetTables(), commit: false });
    expect(refused.issues).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('1 USD = ? EUR') }));
    const rated = await runDatasetImport(db.db, { organizationId: eur.organizationId, userId: eur.byRole.admin.userId, tables: sampleDatasetTables(), commit: false, usdRate: '0,92' });
    expect(rated.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(rated.issues).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('1 USD = 0.92 EUR') }));
  });
});
