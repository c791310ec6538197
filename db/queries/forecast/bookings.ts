import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';

export type TBookingRow = { groupBy: 'all' | 'owner' | 'team' | 'pipeline'; key: string | null; month: string; amountMinor: number; deals: number };

/**
 * Bookings: won amount by close month in the organization's time zone, for
 * the organization and per owner, team and pipeline (GROUPING SETS), months
 * with bookings only.
 */
export async function loadBookings(db: DbOrTx, input: { organizationId: string; timeZone: string; currency: string }): Promise<TBookingRow[]> {
  const rows = rowsOf<{ g_owner: number; g_team: number; g_pipeline: number; owner_id: string | null; team_id: string | null; pipeline_id: string | null; month: string; amount: string; deals: number }>(
    await db.execute(sql`
      with w as (
        select owner_id, team_id, pipeline_id::text as pipeline_id, amount_minor,
               to_char(closed_at at time zone ${input.timeZone}, 'YYYY-MM') as month
        from opportunities
        where organization_id = ${input.organizationId} and status = 'won' and closed_at is not null and currency = ${input.currency}
      )
      select grouping(owner_id) as g_owner, grouping(team_id) as g_team, grouping(pipeline_id) as g_pipeline,
             owner_id, team_id, pipeline_id, month, sum(amount_minor)::text as amount, count(*)::int as deals
      from w
      group by grouping sets ((month), (month, owner_id), (month, team_id), (month, pipeline_id))
      order by month`),
  );
  return rows.map((r) => {
    const groupBy = !r.g_owner ? 'owner' : !r.g_team ? 'team' : !r.g_pipeline ? 'pipeline' : 'all';
    const key = groupBy === 'owner' ? r.owner_id : groupBy === 'team' ? r.team_id : groupBy === 'pipeline' ? r.pipeline_id : null;
    return { groupBy, key, month: r.month, amountMinor: Number(r.amount), deals: Number(r.deals) };
  });
}
