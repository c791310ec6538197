import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';

export type TForecastOrg = {
  id: string;
  slug: string;
  currency: string;
  timeZone: string;
  probabilityBands: number[];
  owners: { id: string; name: string; teamId: string | null }[];
  teams: { id: string; name: string }[];
  pipelines: { id: string; name: string }[];
};

/**
 * The organization's forecast settings and the names the report shows:
 * owners are the members (first team by position; add former members who
 * still own deals with loadOwnerNames), teams and pipelines in display order.
 */
export async function loadForecastOrg(db: DbOrTx, organizationId: string): Promise<TForecastOrg | null> {
  // Four small reads issued together (separate pooled connections on Postgres): one round trip of latency, not four.
  const [orgRows, ownerRows, teamRows, pipelineRows] = await Promise.all([
    db.execute(sql`select id, slug, currency, time_zone, probability_bands from organizations where id = ${organizationId}`),
    db.execute(sql`
      with people as (select user_id from members where organization_id = ${organizationId})
      select u.id, u.name,
             (select tm.team_id from team_members tm join teams t on t.id = tm.team_id
              where tm.organization_id = ${organizationId} and tm.user_id = u.id order by t.position, t.name limit 1) as team_id
      from people p join users u on u.id = p.user_id
      order by u.name, u.id`),
    db.execute(sql`select id, name from teams where organization_id = ${organizationId} order by position, name`),
    db.execute(sql`select id::text, name from pipelines where organization_id = ${organizationId} order by position, name`),
  ]);
  const [org] = rowsOf<{ id: string; slug: string; currency: string; time_zone: string; probability_bands: number[] }>(orgRows);
  if (!org) return null;
  const owners = rowsOf<{ id: string; name: string; team_id: string | null }>(ownerRows);
  const teams = rowsOf<{ id: string; name: string }>(teamRows);
  const pipelines = rowsOf<{ id: string; name: string }>(pipelineRows);
  return {
    id: org.id,
    slug: org.slug,
    currency: org.currency.trim(),
    timeZone: org.time_zone,
    probabilityBands: org.probability_bands,
    owners: owners.map((o) => ({ id: o.id, name: o.name, teamId: o.team_id })),
    teams,
    pipelines,
  };
}

/** Names of deal owners who are no longer members (their deals still count). */
export async function loadOwnerNames(db: DbOrTx, organizationId: string, ids: readonly string[]): Promise<TForecastOrg['owners']> {
  if (ids.length === 0) return [];
  const rows = rowsOf<{ id: string; name: string; team_id: string | null }>(
    await db.execute(sql`
      select u.id, u.name, (select tm.team_id from team_members tm where tm.organization_id = ${organizationId} and tm.user_id = u.id limit 1) as team_id
      from users u where u.id in (select unnest(string_to_array(${ids.join('\u0001')}, chr(1))))`),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, teamId: r.team_id }));
}
