import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';

/**
 * How many months late won deals closed: close month (organization time
 * zone) minus the first expected close month on record, histogram. The
 * first expectation is the earliest `from.expectedCloseDate` of the deal's
 * update events when it was ever changed, else its expected close date as it
 * stands (imported deals carry their close date there, so they count as 0).
 * Early closes count as 0: the simulation only moves deals later.
 */
export async function loadSlippage(db: DbOrTx, organizationId: string, timeZone: string): Promise<{ months: number; deals: number }[]> {
  const rows = rowsOf<{ months: number; deals: number }>(
    await db.execute(sql`
      with first_expected as (
        select e.opportunity_id, min((e."from"->>'expectedCloseDate')::date) as expected
        from opportunity_events e
        where e.organization_id = ${organizationId} and e.kind = 'updated' and e."from" ? 'expectedCloseDate'
        group by e.opportunity_id
      ), won as (
        select date_trunc('month', o.closed_at at time zone ${timeZone})::date as closed,
               date_trunc('month', coalesce(f.expected, o.expected_close_date))::date as expected
        from opportunities o left join first_expected f on f.opportunity_id = o.id
        where o.organization_id = ${organizationId} and o.status = 'won' and o.closed_at is not null
      )
      select greatest(0, (extract(year from closed) - extract(year from expected)) * 12 + extract(month from closed) - extract(month from expected))::int as months,
             count(*)::int as deals
      from won group by 1 order by 1`),
  );
  return rows.map((r) => ({ months: Number(r.months), deals: Number(r.deals) }));
}
