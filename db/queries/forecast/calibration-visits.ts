import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TVisitFact } from '~/domain/forecast/calibration-visits';

/**
 * Every band and stage each closed deal was in before it closed, in one
 * statement, summed per (band or stage, outcome, owner, team, pipeline).
 * What a deal held comes from its history: each move and edit records the
 * probability (and a move the stage) it replaced, and the won or lost event
 * the ones it closed from (its stage when the event does not say). A deal
 * closed without a recorded closing probability (imported, say) was in its
 * stage at the stage's default probability, as the closed-deal facts count
 * it. A deal counts once per band (at the highest probability it held
 * there) and once per stage. `bands`: the organization's, ascending percent.
 */
export async function loadCalibrationVisits(db: DbOrTx, input: { organizationId: string; bands: readonly number[]; ids?: readonly string[] }): Promise<TVisitFact[]> {
  const { organizationId: org } = input;
  if (input.ids?.length === 0) return [];
  const only = (column: string) => (input.ids ? sql`and ${sql.raw(column)} in (${sql.join(input.ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``);
  const bands = `{${input.bands.map((b) => Math.trunc(b)).join(',')}}`;
  const rows = await db.transaction(async (tx) => {
    // Like the closed-deal facts: a hash aggregate over the history needs more than 4 MB, and no parallel workers (the boards keep a core).
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return rowsOf<{ kind: 'band' | 'stage'; status: 'won' | 'lost'; owner_id: string; team_id: string | null; pipeline_id: string; ref: string; deals: number; probability_sum: number | string }>(
      await tx.execute(sql`
      with closed as (
        select o.id, o.status, o.owner_id, o.team_id, o.pipeline_id, o.stage_id, s.default_probability
        from opportunities o join stages s on s.id = o.stage_id
        where o.organization_id = ${org} and o.status in ('won', 'lost') ${only('o.id')}
      ), ev as (
        select e.opportunity_id as id, e.kind in ('won', 'lost') as closing, (e."from"->>'probability')::int as probability, e."from"->>'stageId' as stage_id
        from opportunity_events e
        where e.organization_id = ${org} and e."from" ? 'probability' ${only('e.opportunity_id')}
      ), held as (
        select c.id, c.status, c.owner_id, c.team_id, c.pipeline_id, least(greatest(ev.probability, 0), 100) as probability,
               case when ev.closing then coalesce(ev.stage_id, c.stage_id::text) else ev.stage_id end as stage_id
        from closed c join ev on ev.id = c.id
        union all
        select c.id, c.status, c.owner_id, c.team_id, c.pipeline_id, c.default_probability, c.stage_id::text
        from closed c where not exists (select 1 from ev where ev.id = c.id and ev.closing)
      ), in_band as (
        select status, owner_id, team_id, pipeline_id, greatest(width_bucket(probability, ${bands}::int[]), 1) as band, max(probability) as probability
        from held group by id, status, owner_id, team_id, pipeline_id, 5
      ), in_stage as (
        select status, owner_id, team_id, pipeline_id, stage_id, max(probability) as probability
        from held where stage_id is not null group by id, status, owner_id, team_id, pipeline_id, stage_id
      )
      select 'band' as kind, status::text, owner_id, team_id, pipeline_id::text, band::text as ref, count(*)::int as deals, sum(probability) as probability_sum
      from in_band group by 2, 3, 4, 5, 6
      union all
      select 'stage', h.status::text, h.owner_id, h.team_id, h.pipeline_id::text, s.name, count(*)::int, sum(h.probability)
      from in_stage h join stages s on s.id::text = h.stage_id
      group by 2, 3, 4, 5, 6`),
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
