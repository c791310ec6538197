import { verifyPassword } from 'better-auth/crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '~/db/rows';
import { createTestDb } from '~/db/testing/test-db';
import { AppError } from '~/domain/app-error';
import { DEMO_PASSWORD, isDatabaseEmpty, resetAndSeed, seedDemo } from './index';

const NOW = new Date('2026-03-15T10:00:00Z');
/** 00:00 UTC of NOW's day, and the first of its month. */
const ANCHOR = '2026-03-15T00:00:00Z';
const MONTH = '2026-03-01T00:00:00Z';

describe('demo seed', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.db.execute(query))[0]!;
  /** md5 of a table's rows (or of some columns), comparable across runs and drivers. */
  const digest = (table: string, columns = sql`t`) =>
    one<{ h: string }>(sql`select md5(string_agg(x::text, ',' order by x::text)) h from (select ${columns} x from ${sql.identifier(table)} t) r`).then(
      (r) => r.h,
    );

  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('seeds an empty database with a consistent demo organization', async () => {
    expect(await isDatabaseEmpty(db.db)).toBe(true);
    const summary = await seedDemo(db.db, { now: NOW });
    expect(summary.rows).toMatchObject({ organizations: 1, users: 11, customers: 150 });
    expect(summary.rows.opportunities).toBeGreaterThan(1500);
    expect(summary.rows.opportunities).toBeLessThan(1600);
    expect(await isDatabaseEmpty(db.db)).toBe(false);

    const deals = await one<Record<string, number>>(sql`select
      count(*) filter (where status = 'won')::int won, count(*) filter (where status = 'lost')::int lost,
      count(*) filter (where status <> 'open' and closed_at < ${MONTH}::timestamptz)::int "fullMonths",
      count(*) filter (where status <> 'open' and closed_at >= ${MONTH}::timestamptz)::int "thisMonth",
      count(*) filter (where status = 'open')::int open,
      count(*) filter (where status = 'open' and stage_entered_at < ${NOW.toISOString()}::timestamptz - make_interval(days => s.rotting_days))::int rotting,
      count(*) filter (where status = 'open' and expected_close_date < ${ANCHOR.slice(0, 10)}::date)::int overdue
      from opportunities o join stages s on s.id = o.stage_id`);
    expect(deals.fullMonths).toBe(1200);
    expect(deals.thisMonth).toBeGreaterThan(10); // ~14/31 of a month's closes
    expect(deals.open).toBe(300);
    expect(deals.won! / (deals.won! + deals.lost!)).toBeGreaterThan(0.25);
    expect(deals.won! / (deals.won! + deals.lost!)).toBeLessThan(0.35);
    expect(deals.rotting! / deals.open!).toBeCloseTo(0.18, 2);
    expect(deals.overdue! / deals.open!).toBeCloseTo(0.06, 2);

    const broken = await one<Record<string, number>>(sql`select
      (select count(*) from invoices d where net_minor <> (select sum(net_minor) from invoice_lines l where l.invoice_id = d.id)
         or tax_minor <> (select sum(tax_minor) from invoice_lines l where l.invoice_id = d.id) or gross_minor <> net_minor + tax_minor)::int invoice_totals,
      (select count(*) from opportunities o where version <> (select count(*) from opportunity_events e where e.opportunity_id = o.id))::int versions,
      (select count(*) from opportunities o where status = 'won' and amount_minor <> (select net_minor from quotes q where q.opportunity_id = o.id and q.status = 'accepted'))::int won_amounts,
      (select count(*) from opportunities where created_at >= ${ANCHOR}::timestamptz or closed_at >= ${ANCHOR}::timestamptz
         or updated_at >= ${ANCHOR}::timestamptz)::int
       + (select count(*) from opportunity_events where created_at >= ${ANCHOR}::timestamptz)::int
       + (select count(*) from orders where order_date >= ${ANCHOR}::date or updated_at >= ${ANCHOR}::timestamptz)::int
       + (select count(*) from invoices where issue_date >= ${ANCHOR}::date or paid_at >= ${ANCHOR}::timestamptz)::int future,
      (select count(*) from (select substr(number, 1, length(number) - 5) series, count(*) n, max(right(number, 4)::int) top
         from invoices group by 1) s where n <> top)::int numbering_gaps`);
    expect(broken).toEqual({ invoice_totals: 0, versions: 0, won_amounts: 0, future: 0, numbering_gaps: 0 });

    const account = await one<{ password: string }>(sql`select password from accounts where provider_id = 'credential' limit 1`);
    expect(await verifyPassword({ hash: account.password, password: DEMO_PASSWORD })).toBe(true);
  });

  it('refuses to seed a database that has data', async () => {
    await expect(seedDemo(db.db, { now: NOW })).rejects.toBeInstanceOf(AppError);
  });

  it('reset gives identical data for any time of the same day', async () => {
    const before = [await digest('opportunities'), await digest('quote_lines'), await digest('invoices')];
    await resetAndSeed(db.db, { now: new Date('2026-03-15T22:30:00Z') });
    expect([await digest('opportunities'), await digest('quote_lines'), await digest('invoices')]).toEqual(before);
    expect((await one<{ n: number }>(sql`select count(*)::int n from organizations`)).n).toBe(1);
  });

  it('keeps the same people, products and customers on another day of the month', async () => {
    const cast = async () => [await digest('users'), await digest('products'), await digest('customers', sql`(t.id, t.legal_name, t.tax_id, t.city)`)];
    const before = await cast();
    await resetAndSeed(db.db, { now: new Date('2026-03-31T22:30:00Z') });
    expect(await cast()).toEqual(before);
  });
});
