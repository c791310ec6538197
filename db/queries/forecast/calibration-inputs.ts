import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';

/** Closed deals grouped by stage, probability before closing (percent) and outcome. */
export type TCalibrationGroup = { stage: string; probability: number; won: boolean; deals: number; fromEvents: number };

/**
 * Inputs of calibration, grouped in SQL. The probability a closed deal had
 * before closing is the `from.probability` of its latest won/lost event when
 * there is one, else its stage's default probability (imported history has
 * no events). The stage is the one the deal was in when it closed.
 */
export async function loadCalibrationInputs(db: DbOrTx, organizationId: string): Promise<TCalibrationGroup[]> {
  const rows = rowsOf<{ stage: string; probability: number; won: boolean; deals: number; from_events: number }>(
    await db.execute(sql`
      with closing as (
        select distinct on (e.opportunity_id) e.opportunity_id, (e."from"->>'probability')::int as probability
        from opportunity_events e
        where e.organization_id = ${organizationId} and e.kind in ('won', 'lost') and e."from" ? 'probability'
        order by e.opportunity_id, e.created_at desc
      )
      select s.name as stage, least(greatest(coalesce(c.probability, s.default_probability), 0), 100) as probability,
             o.status = 'won' as won, count(*)::int as deals, count(c.opportunity_id)::int as from_events
      from opportunities o
      join stages s on s.id = o.stage_id
      left join closing c on c.opportunity_id = o.id
      where o.organization_id = ${organizationId} and o.status in ('won', 'lost')
      group by 1, 2, 3`),
  );
  return rows.map((r) => ({ stage: r.stage, probability: Number(r.probability), won: r.won, deals: Number(r.deals), fromEvents: Number(r.from_events) }));
}
