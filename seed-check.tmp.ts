import { createHash } from 'node:crypto';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { stdnum } from 'stdnum';
import { openDb } from '~/db/client';
import { runMigrations } from '~/db/migrate';
import { rowsOf } from '~/db/rows';
import * as schema from '~/db/schema';
import { isDatabaseEmpty, resetAndSeed, seedDemo } from '~/db/seed';
import { lineTotals } from '~/domain/money/line-totals';

const driver = (process.argv[2] ?? 'pglite') as 'pglite' | 'postgres';
const url = process.argv[3] ?? '';
const now = new Date('2026-03-15T10:00:00Z');
const anchor = '2026-03-01T00:00:00Z';
const t = () => performance.now();

const handle = await openDb(driver === 'pglite' ? { driver: 'pglite' } : { driver: 'postgres', url });
const db = handle.db;
const q = async <T = Record<string, unknown>>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));

import { buildDemoData } from '~/db/seed/build-demo-data';
import { hashPassword } from 'better-auth/crypto';
let t0 = t();
const hp = await hashPassword('x');
console.log(`hashPassword: ${(t() - t0).toFixed(0)} ms`);
t0 = t(); buildDemoData(now, hp); console.log(`buildDemoData (cold): ${(t() - t0).toFixed(0)} ms`);
t0 = t(); buildDemoData(now, hp); console.log(`buildDemoData (warm): ${(t() - t0).toFixed(0)} ms`);
t0 = t();
await runMigrations(handle);
console.log(`migrations: ${(t() - t0).toFixed(0)} ms`);
console.log('empty before:', await isDatabaseEmpty(db));
t0 = t();
const summary = await seedDemo(db, { now });
console.log(`seedDemo: ${(t() - t0).toFixed(0)} ms`, summary.rows);

const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
async function hashAll() {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const name = getTableName(table);
    const rows = await q(sql`select * from ${sql.identifier(name)}`);
    const clean = rows.map((r) => { const { password: _p, ...rest } = r as Record<string, unknown>; return JSON.stringify(rest, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)); }).sort();
    out[name] = createHash('sha256').update(clean.join('\n')).digest('hex').slice(0, 12);
  }
  return out;
}
const h1 = await hashAll();

// --- statistics
console.log(await q(sql`select status, count(*)::int n, round(avg(amount_minor)/100)::int avg_eur from opportunities group by status order by status`));
const wr = await q<{ type: string; won: number; closed: number }>(sql`select type, count(*) filter (where status='won')::int won, count(*) filter (where status<>'open')::int closed from opportunities group by type`);
for (const r of wr) console.log(`win rate ${r.type}: ${(100 * r.won / r.closed).toFixed(1)}% of ${r.closed}`);
const byRep = await q(sql`select u.name, count(*) filter (where o.status='won')::int won, count(*) filter (where o.status<>'open')::int closed, count(*) filter (where o.status='open')::int open, round(100.0*count(*) filter (where o.status='won')/nullif(count(*) filter (where o.status<>'open'),0),1)::float wr from opportunities o join users u on u.id=o.owner_id group by u.name order by u.name`);
console.table(byRep);
const season = await q<{ m: string; closed: number; won: number; created: number }>(sql`
  with c as (select to_char(closed_at,'YYYY-MM') m, count(*)::int closed, count(*) filter (where status='won')::int won from opportunities where closed_at is not null group by 1),
       k as (select to_char(created_at,'YYYY-MM') m, count(*)::int created from opportunities group by 1)
  select coalesce(c.m,k.m) m, coalesce(closed,0) closed, coalesce(won,0) won, coalesce(created,0) created from c full join k on c.m=k.m order by 1`);
console.log(season.map((r) => `${r.m} closed=${String(r.closed).padStart(3)} won=${String(r.won).padStart(2)} created=${String(r.created).padStart(3)}`).join('\n'));
console.log(await q(sql`select percentile_cont(array[0.05,0.25,0.5,0.75,0.95,1]) within group (order by amount_minor/100.0) eur from opportunities`));
console.log('cycle days (closed):', await q(sql`select type, min(extract(day from closed_at-created_at))::int mn, percentile_cont(0.5) within group (order by extract(epoch from closed_at-created_at)/86400)::int med, max(extract(day from closed_at-created_at))::int mx from opportunities where closed_at is not null group by type`));
console.log('forecast:', await q(sql`select status, forecast_category, count(*)::int from opportunities group by 1,2 order by 1,2`));
console.log('open board:', await q(sql`select count(*) filter (where o.stage_entered_at < ${anchor}::timestamptz - make_interval(days => s.rotting_days))::int rotting, count(*) filter (where o.expected_close_date < '2026-03-01')::int overdue, min(o.expected_close_date) minexp, max(o.expected_close_date) maxexp from opportunities o join stages s on s.id=o.stage_id where o.status='open'`));
console.log('lost reasons:', await q(sql`select lost_reason, count(*)::int from opportunities where status='lost' group by 1 order by 2 desc`));
console.log('quotes:', await q(sql`select status, count(*)::int from quotes group by 1 order by 1`));
console.log('orders:', await q(sql`select status, count(*)::int from orders group by 1 order by 1`));
console.log('invoices:', await q(sql`select status, count(*) filter (where due_date < '2026-03-01')::int past_due, count(*)::int from invoices group by 1 order by 1`));

// --- integrity
const checks: Record<string, ReturnType<typeof sql>> = {
  'quote totals != lines': sql`select count(*)::int n from quotes d where net_minor <> (select sum(net_minor) from quote_lines l where l.quote_id=d.id) or tax_minor <> (select sum(tax_minor) from quote_lines l where l.quote_id=d.id) or gross_minor <> net_minor+tax_minor`,
  'order totals != lines': sql`select count(*)::int n from orders d where net_minor <> (select sum(net_minor) from order_lines l where l.order_id=d.id) or tax_minor <> (select sum(tax_minor) from order_lines l where l.order_id=d.id) or gross_minor <> net_minor+tax_minor`,
  'invoice totals != lines': sql`select count(*)::int n from invoices d where net_minor <> (select sum(net_minor) from invoice_lines l where l.invoice_id=d.id) or tax_minor <> (select sum(tax_minor) from invoice_lines l where l.invoice_id=d.id) or gross_minor <> net_minor+tax_minor`,
  'won without accepted quote': sql`select count(*)::int n from opportunities o where status='won' and not exists (select 1 from quotes q where q.opportunity_id=o.id and q.status='accepted')`,
  'won amount != quote net': sql`select count(*)::int n from opportunities o join quotes q on q.opportunity_id=o.id and q.status='accepted' where o.amount_minor <> q.net_minor`,
  'version != last event': sql`select count(*)::int n from opportunities o where version <> (select max(version) from opportunity_events e where e.opportunity_id=o.id) or version <> (select count(*) from opportunity_events e where e.opportunity_id=o.id)`,
  'duplicate rank in stage': sql`select count(*)::int n from (select stage_id, rank from opportunities group by 1,2 having count(*)>1) x`,
  'future timestamps': sql`select ((select count(*) from opportunities where created_at >= ${anchor}::timestamptz or closed_at >= ${anchor}::timestamptz or stage_entered_at >= ${anchor}::timestamptz) + (select count(*) from opportunity_events where created_at >= ${anchor}::timestamptz) + (select count(*) from invoices where paid_at >= ${anchor}::timestamptz or issue_date >= '2026-03-01') + (select count(*) from orders where order_date >= '2026-03-01') + (select count(*) from quotes where issue_date >= '2026-03-01') + (select count(*) from order_status_changes where created_at >= ${anchor}::timestamptz))::int n`,
  'stage entered before created': sql`select count(*)::int n from opportunities where stage_entered_at < created_at or closed_at < stage_entered_at`,
  'events out of order': sql`select count(*)::int n from opportunity_events a join opportunity_events b on a.opportunity_id=b.opportunity_id and b.version=a.version+1 where b.created_at < a.created_at`,
  'team != owner team': sql`select count(*)::int n from opportunities o join team_members tm on tm.user_id=o.owner_id and tm.role='member' where o.team_id <> tm.team_id`,
  'paid before issue': sql`select count(*)::int n from invoices where paid_at < issue_date::timestamptz`,
  'weekend closes': sql`select count(*)::int n from opportunities where extract(isodow from closed_at) in (6,7)`,
};
for (const [name, query] of Object.entries(checks)) console.log(`${name}: ${(await q<{ n: number }>(query))[0]!.n}`);
for (const [type, prefix, col] of [['quotes', 'Q', 'issue_date'], ['orders', 'SO', 'order_date'], ['invoices', 'INV', 'issue_date']] as const) {
  const rows = await q<{ number: string; d: string }>(sql`select number, ${sql.identifier(col)}::text d from ${sql.identifier(type)} order by number`);
  const byYear = new Map<string, { number: string; d: string }[]>();
  for (const r of rows) byYear.set(r.number.split('-')[1]!, [...(byYear.get(r.number.split('-')[1]!) ?? []), r]);
  let bad = 0;
  for (const [year, list] of byYear) list.forEach((r, i) => { if (r.number !== `${prefix}-${year}-${String(i + 1).padStart(4, '0')}` || r.d.slice(0, 4) !== year || (i > 0 && r.d < list[i - 1]!.d)) bad++; });
  console.log(`${type} numbering problems: ${bad} (${[...byYear].map(([y, l]) => `${y}:${l.length}`).join(' ')})`);
}
const lines = await q<{ quantity: string; unit_price_minor: number; discount_bps: number; tax_rate_bps: number; net_minor: number; tax_minor: number; gross_minor: number }>(sql`select quantity, unit_price_minor, discount_bps, tax_rate_bps, net_minor, tax_minor, gross_minor from quote_lines union all select quantity, unit_price_minor, discount_bps, tax_rate_bps, net_minor, tax_minor, gross_minor from invoice_lines`);
const wrong = lines.filter((l) => { const r = lineTotals({ quantity: l.quantity, unitPriceMinor: Number(l.unit_price_minor), discountBps: l.discount_bps, taxRateBps: l.tax_rate_bps }); return r.netMinor !== Number(l.net_minor) || r.taxMinor !== Number(l.tax_minor) || r.grossMinor !== Number(l.gross_minor); });
console.log(`line math mismatches: ${wrong.length} of ${lines.length}`);
const ids = await q<{ country: string; tax_id: string }>(sql`select country, tax_id from customers`);
const oracle: Record<string, string> = { ES: 'cif', IT: 'iva', PE: 'ruc', MX: 'rfc', US: 'ein' };
const badIds = ids.filter((c) => !stdnum[c.country]![oracle[c.country]!]!.validate(c.tax_id).isValid);
console.log(`invalid tax ids: ${badIds.length} of ${ids.length}`, badIds.slice(0, 3));
console.log('customers by country:', await q(sql`select country, count(*)::int from customers group by 1 order by 2 desc`));
console.log('sample customers:', await q(sql`select legal_name, tax_id, city, postal_code, phone, email, latitude, longitude, payment_terms_days, discount_bps from customers order by legal_name limit 8`));
console.log('sample titles:', (await q<{ title: string }>(sql`select title from opportunities order by id limit 12`)).map((r) => r.title));
console.log('quota sample:', await q(sql`select u.name, count(*)::int months, min(month)::text first, max(month)::text last, round(sum(amount_minor) filter (where month < '2026-03-01')/100)::int past_eur from quotas q join users u on u.id=q.user_id group by 1 order by 1`));
console.log('attainment (won/quota, history):', await q(sql`select u.name, round(100.0*(select sum(amount_minor) from opportunities o where o.owner_id=u.id and status='won')/sum(amount_minor) filter (where month < '2026-03-01'))::int pct from quotas q join users u on u.id=q.user_id group by u.id, u.name order by 1`));

// --- refusal, reset, determinism
try { await seedDemo(db, { now }); console.log('ERROR: second seed did not refuse'); } catch (e) { console.log('second seed refused:', (e as Error).message); }
t0 = t();
await resetAndSeed(db, { now: new Date('2026-03-28T23:59:00Z') });
console.log(`resetAndSeed: ${(t() - t0).toFixed(0)} ms`);
const h2 = await hashAll();
const diff = Object.keys(h1).filter((k) => h1[k] !== h2[k]);
console.log('same month, other day → identical tables:', diff.length === 0 ? 'yes' : `NO: ${diff.join(', ')}`);
console.log('hashes:', JSON.stringify(h1));
await resetAndSeed(db, { now: new Date('2026-04-02T08:00:00Z') });
const h3 = await hashAll();
console.log('next month differs in:', Object.keys(h1).filter((k) => h1[k] !== h3[k]).join(', '));
await handle.close();
