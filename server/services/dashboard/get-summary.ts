import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { customers, opportunities, stages, users } from '~/db/schema';
import { rowsOf } from '~/db/rows';
import { getOrganization } from '../organization/get-organization';

type TTotals = {
  openCount: number;
  openAmountMinor: number;
  weightedAmountMinor: number;
  wonQuarterMinor: number;
  won12: number;
  lost12: number;
  overdueCount: number;
  rottingCount: number;
};

/**
 * Headline figures for the home page, aggregated in SQL. Amounts are minor
 * units of the organization's currency; deals in other currencies are left
 * out and counted in `otherCurrencyDeals`. Quarter and month boundaries use the
 * organization's time zone.
 */
export async function getSummary(db: Db, organizationId: string) {
  const org = await getOrganization(db, organizationId);
  const tz = org.timeZone;
  const totalsResult = await db.execute(sql`
    select
      count(*) filter (where o.status = 'open')::int as "openCount",
      coalesce(sum(o.amount_minor) filter (where o.status = 'open'), 0)::bigint as "openAmountMinor",
      coalesce(sum(round(o.amount_minor * o.probability / 100.0)) filter (where o.status = 'open'), 0)::bigint as "weightedAmountMinor",
      coalesce(sum(o.amount_minor) filter (where o.status = 'won'
        and o.closed_at >= (date_trunc('quarter', now() at time zone ${tz}) at time zone ${tz})), 0)::bigint as "wonQuarterMinor",
      count(*) filter (where o.status = 'won' and o.closed_at >= now() - interval '12 months')::int as "won12",
      count(*) filter (where o.status = 'lost' and o.closed_at >= now() - interval '12 months')::int as "lost12",
      count(*) filter (where o.status = 'open' and o.expected_close_date < (now() at time zone ${tz})::date)::int as "overdueCount",
      count(*) filter (where o.status = 'open' and s.rotting_days is not null
        and o.stage_entered_at < now() - make_interval(days => s.rotting_days))::int as "rottingCount"
    from ${opportunities} o
    join ${stages} s on s.id = o.stage_id
    where o.organization_id = ${organizationId} and o.currency = ${org.currency}`);
  const raw = rowsOf<Record<keyof TTotals, string | number>>(totalsResult)[0];
  const totals = Object.fromEntries(Object.entries(raw ?? {}).map(([k, v]) => [k, Number(v)])) as TTotals;

  const monthlyResult = await db.execute(sql`
    select to_char(date_trunc('month', o.closed_at at time zone ${tz}), 'YYYY-MM') as month,
      coalesce(sum(o.amount_minor) filter (where o.status = 'won'), 0)::bigint as "wonMinor",
      count(*) filter (where o.status = 'won')::int as "won",
      count(*) filter (where o.status = 'lost')::int as "lost"
    from ${opportunities} o
    where o.organization_id = ${organizationId} and o.currency = ${org.currency} and o.status <> 'open'
      and o.closed_at >= (date_trunc('month', now() at time zone ${tz}) at time zone ${tz}) - interval '11 months'
    group by 1 order by 1`);
  const monthly = rowsOf<{ month: string; wonMinor: string | number; won: number; lost: number }>(monthlyResult).map(
    (r) => ({ month: r.month, wonMinor: Number(r.wonMinor), won: Number(r.won), lost: Number(r.lost) }),
  );

  const closingSoon = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      customerName: customers.legalName,
      ownerName: users.name,
      amountMinor: opportunities.amountMinor,
      probability: opportunities.probability,
      expectedCloseDate: opportunities.expectedCloseDate,
      stageName: stages.name,
    })
    .from(opportunities)
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .innerJoin(users, eq(users.id, opportunities.ownerId))
    .leftJoin(customers, eq(customers.id, opportunities.customerId))
    .where(
      and(
        eq(opportunities.organizationId, organizationId),
        eq(opportunities.status, 'open'),
        sql`${opportunities.expectedCloseDate} < (date_trunc('month', now() at time zone ${tz}) + interval '1 month')::date`,
      ),
    )
    .orderBy(desc(opportunities.amountMinor), asc(opportunities.expectedCloseDate))
    .limit(8);

  const [other] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(opportunities)
    .where(and(eq(opportunities.organizationId, organizationId), sql`${opportunities.currency} <> ${org.currency}`));

  const decided = totals.won12 + totals.lost12;
  return {
    currency: org.currency,
    ...totals,
    winRate12: decided > 0 ? totals.won12 / decided : null,
    monthly,
    closingSoon,
    otherCurrencyDeals: other?.n ?? 0,
  };
}
