import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TVisitFact } from '~/domain/forecast/calibration-visits';

/**
 * Every band and stage each closed deal was in before it closed, in one
 * statement, summed per (band or stage, outcome, owner, team, pipeline).
 * What a deal held comes from its history: each move and edit records the
 * probability (and a move the stage) it replaced, and the won or lost event
 * the ones it closed from (its stage when the event does not say). A deal
 * whose history does not say what it closed from (imported, say) was also
 * in its last stage at the stage's default probability, as the closed-deal
 * facts count it. A deal counts once per band (at the highest probability
 * it held there) and once per stage; edits carry no stage, so a stage's
 * probability is the highest a move or the close recorded there.
 * `bands`: the organization's, ascending percent.
 *
 * Cost: deals without a history are counted in one pass; a history is
 * grouped per deal. On the 2-core bench machine, 900,000 closed deals took
 * about 0.35 s without history and about 3.8 s with 900,000 events
 * (planner statistics on the probability's type: migration 0008). A
 * per-deal summary kept at write time would avoid that; not built.
 */
export async function loadCalibrationVisits(db: DbOrTx, input: { organizationId: string; bands: readonly number[]; ids?: readonly string[] }): Promise<TVisitFact[]> {
  const { organizationId: org } = input;
  if (input.ids?.length === 0) return [];
  const only = (column: string) => (input.ids ? sql`and ${sql.raw(column)} in (${sql.join(input.ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``);
  const bands = `{${input.bands.map((b) => Math.trunc(b)).join(',')}}`;
  const rows = await db.transaction(async (tx) => {
    // Grouping the history per deal: hash aggregates that spill to disk at the default 4 MB. No parallel workers (the boards keep a core).
    await tx.execute(sql`set local work_mem = '256MB'`);
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    const bandOf = (probability: SQL) => sql`greatest(width_bucket(${probability}, ${bands}::int[]), 1)`;
    return rowsOf<{ kind: 'band' | 'stage'; status: 'won' | 'lost'; owner_id: string; team_id: string | null; pipeline_id: string; ref: string; deals: number; probability_sum: number | string }>(
      await tx.execute(sql`
      with ev as materialized (
        -- What deals held: each change records the probability (a move also the stage) it replaced; reorders change neither.
        -- Numbers only, rounded: an odd value in old or imported history must not fail the job.
        select e.opportunity_id as id, e.kind in ('won', 'lost') as closing,
               least(greatest(round((p #>> '{}')::numeric), 0), 100)::int as probability, e."from"->>'stageId' as stage_id
        from opportunity_events e cross join lateral (select e."from"->'probability' as p) x
        where e.organization_id = ${org} and e.kind <> 'reordered' and jsonb_typeof(p) = 'number' ${only('e.opportunity_id')}
      ), flags as materialized (
        -- Deals with a history, and whether it says what they closed from.
        select id, bool_or(closing) as closing from ev group by id
      ), hist as (
        -- Closed deals with a history: each value held (the closing event's stage is the deal's last one when it does not say),
        -- and their last stage at its default when the history does not say what they closed from.
        select o.id, o.status, o.owner_id, o.team_id, o.pipeline_id, ev.probability,
               case when ev.closing then coalesce(ev.stage_id, o.stage_id::text) else ev.stage_id end as stage_id
        from ev join opportunities o on o.id = ev.id
        where o.organization_id = ${org} and o.status in ('won', 'lost')
        union all
        select o.id, o.status, o.owner_id, o.team_id, o.pipeline_id, s.default_probability, o.stage_id::text
        from flags f join opportunities o on o.id = f.id join stages s on s.id = o.stage_id
        where not f.closing and o.organization_id = ${org} and o.status in ('won', 'lost')
      ), plain as (
        -- Closed deals without a history (imported): their last stage at its default, counted without grouping per deal.
        select g.status, g.owner_id, g.team_id, g.pipeline_id, g.stage_id::text as stage_id, s.default_probability as probability, g.deals
        from (
          select o.status, o.owner_id, o.team_id, o.pipeline_id, o.stage_id, count(*)::int as deals
          from opportunities o
          where o.organization_id = ${org} and o.status in ('won', 'lost') ${only('o.id')} and not exists (select 1 from flags f where f.id = o.id)
          group by 1, 2, 3, 4, 5
        ) g join stages s on s.id = g.stage_id
      ), visits as (
        -- Once per deal and band (at the highest probability held there) and per deal and stage.
        select 'band' as kind, status, owner_id, team_id, pipeline_id, ${bandOf(sql`probability`)}::text as ref, 1 as deals, max(probability) as probability_sum
        from hist group by id, status, owner_id, team_id, pipeline_id, 6
        union all
        select 'stage', status, owner_id, team_id, pipeline_id, stage_id, 1, max(probability)
        from hist where stage_id is not null group by id, status, owner_id, team_id, pipeline_id, stage_id
        union all
        select 'band', status, owner_id, team_id, pipeline_id, ${bandOf(sql`probability`)}::text, deals, deals * probability from plain
        union all
        select 'stage', status, owner_id, team_id, pipeline_id, stage_id, deals, deals * probability from plain
      ), summed as (
        select kind, status, owner_id, team_id, pipeline_id, ref, sum(deals)::int as deals, sum(probability_sum) as probability_sum from visits group by 1, 2, 3, 4, 5, 6
      )
      -- Stages by name (a stage deleted since is left out).
      select v.kind, v.status::text, v.owner_id, v.team_id, v.pipeline_id::text, case when v.kind = 'band' then v.ref else s.name end as ref, v.deals, v.probability_sum
      from summed v left join stages s on v.kind = 'stage' and s.id::text = v.ref
      where v.kind = 'band' or s.id is not null`),
    );
  });
  return rows.map((r) => ({
    kind: r.kind,
    status: r.status,
    ownerId: r.owner_id,
    teamId: r.team_id,
    pipelineId: r.pipeline_id,
    ref: r.ref,
    deals: Number(r.deals),
    probabilitySum: Number(r.probability_sum),
  }));
}
