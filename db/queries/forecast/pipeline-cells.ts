import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TForecastPipelineRow } from '~/domain/forecast/snapshot';

type TRow = {
  g_owner: number; g_team: number; g_pipeline: number; g_month: number;
  bucket: string; owner_id: string | null; team_id: string | null; pipeline_id: string | null;
  deals: number; unweighted: string; weighted: string;
  pipeline: string; best_case: string; commit: string; closed: string; omitted: string;
};

/**
 * The weighted pipeline, aggregated in SQL with GROUPING SETS: per month and
 * quarter of [firstMonth, firstMonth + 12), for the organization and per
 * owner, team and pipeline. Open deals count in their expected close month
 * (overdue ones in the first month); won deals in their close month in the
 * organization's time zone; lost deals not at all. Weighted = amount ×
 * probability / 100 rounded half-up per deal (amounts are ≥ 0), as
 * domain/forecast/pipeline.ts does.
 */
export async function loadPipelineCells(db: DbOrTx, input: { organizationId: string; timeZone: string; firstMonth: string; currency: string }): Promise<TForecastPipelineRow[]> {
  const start = `${input.firstMonth}-01`;
  const rows = rowsOf<TRow>(
    await db.execute(sql`
      with d as (
        select o.owner_id, o.team_id, o.pipeline_id::text as pipeline_id, o.amount_minor, o.forecast_category::text as category,
               case when o.status = 'open' and o.forecast_category <> 'omitted' then (o.amount_minor * o.probability + 50) / 100 else 0 end as weighted,
               case when o.status = 'open' then greatest(date_trunc('month', o.expected_close_date), ${start}::date)
                    else date_trunc('month', o.closed_at at time zone ${input.timeZone}) end::date as month
        from opportunities o
        where o.organization_id = ${input.organizationId} and o.currency = ${input.currency}
          and (o.status = 'open' and o.expected_close_date < ${start}::date + interval '12 months'
               or o.status = 'won' and o.closed_at >= (${start}::timestamp at time zone ${input.timeZone})
                  and o.closed_at < ((${start}::date + interval '12 months')::timestamp at time zone ${input.timeZone}))
      ), b as (
        select d.*, to_char(month, 'YYYY-MM') as m, to_char(month, 'YYYY-"Q"Q') as q,
               case when category in ('pipeline', 'best_case', 'commit') then amount_minor else 0 end as open_amount
        from d
      ), cells as (
        select grouping(owner_id) as g_owner, grouping(team_id) as g_team, grouping(pipeline_id) as g_pipeline, grouping(m) as g_month,
               coalesce(m, q) as bucket, owner_id, team_id, pipeline_id,
               count(*)::int as deals, sum(open_amount)::text as unweighted, sum(weighted)::text as weighted,
               sum(amount_minor) filter (where category = 'pipeline')::text as pipeline,
               sum(amount_minor) filter (where category = 'best_case')::text as best_case,
               sum(amount_minor) filter (where category = 'commit')::text as commit,
               sum(amount_minor) filter (where category = 'closed')::text as closed,
               sum(amount_minor) filter (where category = 'omitted')::text as omitted
        from b
        group by grouping sets ((m), (m, owner_id), (m, team_id), (m, pipeline_id), (q), (q, owner_id), (q, team_id), (q, pipeline_id))
      )
      select * from cells`),
  );
  return rows.map((r) => {
    const n = (v: string | null) => Number(v ?? 0);
    const byCategory = { pipeline: n(r.pipeline), best_case: n(r.best_case), commit: n(r.commit), closed: n(r.closed), omitted: n(r.omitted) };
    const groupBy = !r.g_owner ? 'owner' : !r.g_team ? 'team' : !r.g_pipeline ? 'pipeline' : 'all';
    return {
      groupBy,
      key: groupBy === 'owner' ? r.owner_id : groupBy === 'team' ? r.team_id : groupBy === 'pipeline' ? r.pipeline_id : null,
      period: Number(r.g_month) === 0 ? 'month' : 'quarter',
      bucket: r.bucket,
      deals: Number(r.deals),
      unweightedMinor: n(r.unweighted),
      weightedMinor: n(r.weighted),
      byCategory,
      rollup: {
        closed: byCategory.closed,
        commit: byCategory.closed + byCategory.commit,
        bestCase: byCategory.closed + byCategory.commit + byCategory.best_case,
        openPipeline: byCategory.pipeline + byCategory.best_case + byCategory.commit,
      },
    } satisfies TForecastPipelineRow;
  });
}
