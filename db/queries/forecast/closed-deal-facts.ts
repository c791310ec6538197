import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TClosedFact } from '~/domain/forecast/closed-facts';
import type { TKpiPeriod } from './kpi-inputs';

/**
 * Closed (won and lost) deals in ONE scan, grouped by everything the job
 * derives from them: owner, team, pipeline, stage, probability before
 * closing, close month (organization time zone), slip, KPI period, sales
 * cycle days (won deals of a KPI period only) and whether the deal was
 * still open at the end of the previous KPI period. The groups are few
 * (owners × months × bands), so bookings, win rates, calibration, slippage
 * and the sales KPIs come out of them in JS without another pass.
 * Probability before closing: `from.probability` of the latest won/lost
 * event, else the stage default. Slip: close month minus the first
 * expected month on record (earliest `from.expectedCloseDate` of update
 * events, else the expected close date), early closes count as 0.
 */
export async function loadClosedDealFacts(
  db: DbOrTx,
  input: { organizationId: string; timeZone: string; currency: string; current: TKpiPeriod; previous: TKpiPeriod; ids?: readonly string[] },
): Promise<TClosedFact[]> {
  const { organizationId: org, timeZone: tz, current: cur, previous: prev } = input;
  if (input.ids?.length === 0) return [];
  // Midnight of a local date as an instant: comparing closed_at with it is comparing the local close day with the date.
  const at = (date: string) => sql`(${date}::timestamp at time zone ${tz})`;
  // Only these deals (an incremental run adds the deals just won or lost).
  const only = (column: string) => (input.ids ? sql`and ${sql.raw(column)} in (${sql.join(input.ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``);
  // Grouping ~1M rows: a hash aggregate needs more than the default 4 MB work_mem, else Postgres sorts on disk.
  // No parallel workers: on a small machine they would take every core from the boards while the job runs.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return rowsOf<Record<string, string | number | boolean | null>>(
      await tx.execute(sql`
      with closing as (
        -- Numbers only, rounded (as the calibration visits read them): an odd value in old or imported history must not fail the job.
        select distinct on (e.opportunity_id) e.opportunity_id, round((e."from"->>'probability')::numeric)::int as probability
        from opportunity_events e
        where e.organization_id = ${org} and e.kind in ('won', 'lost') and jsonb_typeof(e."from"->'probability') = 'number' ${only('e.opportunity_id')}
        order by e.opportunity_id, e.created_at desc
      ), first_expected as (
        select e.opportunity_id, min((e."from"->>'expectedCloseDate')::date) as expected
        from opportunity_events e
        where e.organization_id = ${org} and e.kind = 'updated' and e."from" ? 'expectedCloseDate' ${only('e.opportunity_id')}
        group by e.opportunity_id
      ), events as (
        -- Both per-deal event facts in one relation, so the closed deals (~90 % of the table) probe one hash, not two.
        -- (A full join here made the planner hash the opportunities instead.)
        select opportunity_id, max(probability) as probability, max(expected) as expected from (
          select opportunity_id, probability, null::date as expected from closing
          union all select opportunity_id, null, expected from first_expected
        ) u group by opportunity_id
      ), bounds as (
        -- Month starts 1900-01 … 2199-12 in the organization's time zone: a binary search (width_bucket) finds a deal's close month,
        -- so no row needs a time zone conversion of its own.
        select array_agg((make_date(1900 + i / 12, i % 12 + 1, 1)::timestamp at time zone ${tz}) order by i) as month_starts from generate_series(0, 3599) i
      ), d as (
        -- Not fenced (no OFFSET 0): its expressions are cheap and each is used once, in m.
        select o.status, o.owner_id, o.team_id, o.pipeline_id, o.stage_id, ev.probability as event_probability,
               o.closed_at, coalesce(ev.expected, o.expected_close_date) as first_expected, o.expected_close_date, o.engage_date, o.created_at,
               o.currency = ${input.currency} as same_currency, o.amount_minor
        from opportunities o
        left join events ev on ev.opportunity_id = o.id
        where o.organization_id = ${org} and o.status in ('won', 'lost') ${only('o.id')}
      ), m as (
        -- OFFSET 0 keeps m whole, so its per-row expressions are computed once, not once per use in g.
        select d.*, 1900 * 12 + width_bucket(closed_at, (select month_starts from bounds)) - 1 as close_month,
               case when closed_at >= ${at(cur.from)} and closed_at < ${at(cur.to)} then 1
                    when closed_at >= ${at(prev.from)} and closed_at < ${at(prev.to)} then 2 end as kpi_period
        from d
        offset 0
      ), g as (
        select status, owner_id, team_id, pipeline_id, stage_id, event_probability, same_currency, close_month,
               case when status = 'won' and closed_at is not null
                    then greatest(0, close_month - (date_part('year', first_expected)::int * 12 + date_part('month', first_expected)::int - 1)) end as slip,
               kpi_period,
               -- Only won deals of a KPI period need their close and creation days (time zone conversions).
               case when status = 'won' and kpi_period is not null
                    then greatest((closed_at at time zone ${tz})::date - coalesce(engage_date, (created_at at time zone ${tz})::date), 0) end as cycle_days,
               (closed_at >= ${at(prev.to)} and created_at < ${at(prev.to)} and expected_close_date < ${prev.pipelineTo}::date) as open_at_previous_end,
               count(*)::int as deals, sum(amount_minor) as amount
        from m
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
      )
      select g.status::text, g.owner_id, g.team_id, g.pipeline_id::text, s.name as stage,
             least(greatest(coalesce(g.event_probability, s.default_probability), 0), 100) as probability, g.event_probability is not null as from_event,
             g.same_currency, g.close_month, g.slip, case g.kpi_period when 1 then 'current' when 2 then 'previous' end as kpi_period,
             g.cycle_days, g.open_at_previous_end, g.deals, g.amount::text as amount
      from g join stages s on s.id = g.stage_id`),
    );
  });
  return rows.map((r) => ({
    status: r.status as 'won' | 'lost',
    ownerId: r.owner_id as string,
    teamId: r.team_id as string | null,
    pipelineId: r.pipeline_id as string,
    stage: r.stage as string,
    probability: Number(r.probability),
    fromEvent: Boolean(r.from_event),
    sameCurrency: Boolean(r.same_currency),
    closeMonth: r.close_month === null ? null : monthKey(Number(r.close_month)),
    slip: r.slip === null ? null : Number(r.slip),
    kpiPeriod: r.kpi_period as 'current' | 'previous' | null,
    cycleDays: r.cycle_days === null ? null : Number(r.cycle_days),
    openAtPreviousEnd: Boolean(r.open_at_previous_end),
    deals: Number(r.deals),
    amountMinor: Number(r.amount),
  }));
}

/** 'YYYY-MM' of a month index year × 12 + month − 1. */
const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
