import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TOpenCell } from '~/domain/forecast/closed-facts';

/**
 * Open deals in the organization's currency grouped by expected month,
 * owner, team, pipeline and forecast category, with the weighted amount
 * rounded half-up per deal (amount × probability / 100, amounts ≥ 0) and
 * whether they existed before `createdBefore` (for last period's coverage).
 * Reads only open deals (index on organization, status).
 */
export async function loadOpenDealCells(db: DbOrTx, input: { organizationId: string; timeZone: string; currency: string; createdBefore: string }): Promise<TOpenCell[]> {
  const rows = rowsOf<{ month: string; owner_id: string; team_id: string | null; pipeline_id: string; category: TOpenCell['category']; existed: boolean; deals: number; amount: string; weighted: string }>(
    await db.execute(sql`
      select to_char(expected_close_date, 'YYYY-MM') as month, owner_id, team_id, pipeline_id::text as pipeline_id, forecast_category::text as category,
             (created_at at time zone ${input.timeZone})::date < ${input.createdBefore}::date as existed,
             count(*)::int as deals, sum(amount_minor)::text as amount, sum((amount_minor * probability + 50) / 100)::text as weighted
      from opportunities
      where organization_id = ${input.organizationId} and status = 'open' and currency = ${input.currency}
      group by 1, 2, 3, 4, 5, 6`),
  );
  return rows.map((r) => ({
    month: r.month, ownerId: r.owner_id, teamId: r.team_id, pipelineId: r.pipeline_id, category: r.category, existedBefore: Boolean(r.existed),
    deals: Number(r.deals), amountMinor: Number(r.amount), weightedMinor: Number(r.weighted),
  }));
}
