import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import { forecastSnapshots } from '~/db/schema';
import type { TGroupPastForecast } from '~/domain/forecast/group-accuracy';

/** Stores one run's result (history is kept: one row per run). Returns the new id. */
export async function insertSnapshot(db: DbOrTx, row: { organizationId: string; asOf: Date; params: Record<string, unknown>; result: Record<string, unknown> }): Promise<string> {
  const [inserted] = await db.insert(forecastSnapshots).values(row).returning({ id: forecastSnapshots.id });
  return inserted!.id;
}

/** The newest snapshot of an organization (by creation), or null. */
export async function latestSnapshot(db: DbOrTx, organizationId: string) {
  const [row] = await db
    .select()
    .from(forecastSnapshots)
    .where(eq(forecastSnapshots.organizationId, organizationId))
    .orderBy(desc(forecastSnapshots.createdAt), desc(forecastSnapshots.asOf))
    .limit(1);
  return row ?? null;
}

/** One past month's forecast as it was made: the latest snapshot taken before the month began. */
export type TPastForecast = { month: string; snapshotId: string; asOf: string; p10: number; p50: number; p90: number; mean: number; weighted: number };

/**
 * For each month, the newest snapshot with asOf before the month's first
 * instant in `timeZone`, and what it forecast for that month (Monte Carlo
 * and weighted pipeline), read out of the jsonb in SQL. Months without an
 * earlier snapshot are absent.
 */
export async function pastForecasts(db: DbOrTx, input: { organizationId: string; timeZone: string; months: readonly string[] }): Promise<TPastForecast[]> {
  if (input.months.length === 0) return [];
  const rows = rowsOf<{ month: string; id: string; as_of: string; mc: { p10: number; p50: number; p90: number; mean: number } | null; weighted: string | null }>(
    await db.execute(sql`
      select m.month, s.id::text, to_char(s.as_of at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as as_of,
             (select e from jsonb_array_elements(s.result->'monteCarlo'->'months') e where e->>'month' = m.month limit 1) as mc,
             (select e->>'weightedMinor' from jsonb_array_elements(s.result->'pipeline') e
              where e->>'groupBy' = 'all' and e->>'period' = 'month' and e->>'bucket' = m.month limit 1) as weighted
      from unnest(string_to_array(${input.months.join(',')}, ',')) as m(month)
      cross join lateral (
        select id, as_of, result from forecast_snapshots
        where organization_id = ${input.organizationId} and as_of < ((m.month || '-01')::timestamp at time zone ${input.timeZone})
        order by as_of desc limit 1
      ) s`),
  );
  return rows.flatMap((r) =>
    r.mc ? [{ month: r.month, snapshotId: r.id, asOf: r.as_of, p10: Number(r.mc.p10), p50: Number(r.mc.p50), p90: Number(r.mc.p90), mean: Number(r.mc.mean), weighted: Number(r.weighted ?? 0) }] : [],
  );
}

/** The group's Monte Carlo month and weighted open pipeline out of each listed snapshot's jsonb, in SQL (one row per point). */
export async function groupPastForecasts(
  db: DbOrTx,
  input: { organizationId: string; points: readonly { month: string; snapshotId: string }[]; groupBy: 'owner' | 'team' | 'pipeline'; key: string | null },
): Promise<TGroupPastForecast[]> {
  if (input.points.length === 0) return [];
  const key = input.key ?? '';
  const rows = rowsOf<{ month: string; id: string; as_of: string; has_groups: boolean; mc: { p10: number; p90: number; mean: number } | null; weighted: string | null }>(
    await db.execute(sql`
      select p.month, s.id::text as id, to_char(s.as_of at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as as_of,
             (s.result->'monteCarlo'->'byGroup') is not null as has_groups,
             (select e from jsonb_array_elements(s.result->'monteCarlo'->'byGroup') g, jsonb_array_elements(g->'months') e
              where g->>'groupBy' = ${input.groupBy} and coalesce(g->>'key', '') = ${key} and e->>'month' = p.month limit 1) as mc,
             (select e->>'weightedMinor' from jsonb_array_elements(s.result->'pipeline') e
              where e->>'groupBy' = ${input.groupBy} and coalesce(e->>'key', '') = ${key} and e->>'period' = 'month' and e->>'bucket' = p.month limit 1) as weighted
      from unnest(string_to_array(${input.points.map((p) => p.month).join(',')}, ','), string_to_array(${input.points.map((p) => p.snapshotId).join(',')}, ',')) as p(month, id)
      join forecast_snapshots s on s.id = p.id::uuid and s.organization_id = ${input.organizationId}
      order by p.month`),
  );
  return rows.map((r) => ({
    month: r.month,
    snapshotId: r.id,
    asOf: r.as_of,
    hasGroups: r.has_groups,
    mc: r.mc ? { p10: Number(r.mc.p10), p90: Number(r.mc.p90), mean: Number(r.mc.mean) } : null,
    weighted: Number(r.weighted ?? 0),
  }));
}

/** What the forecast said at the start of a period: the newest snapshot before it, its months and one group's weighted open pipeline per month. */
export type TOpeningForecast = { asOf: string; months: string[]; weightedByMonth: Record<string, number> };

/**
 * The newest snapshot taken before `periodStart` (a date, at local midnight
 * in `timeZone`), with the open weighted pipeline per month of one group
 * ('all', or an owner, team — key null: no team — or pipeline), read out of
 * the jsonb in SQL; null when no snapshot is that old.
 */
export async function openingForecast(
  db: DbOrTx,
  input: { organizationId: string; timeZone: string; periodStart: string; groupBy: 'all' | 'owner' | 'team' | 'pipeline'; key: string | null },
): Promise<TOpeningForecast | null> {
  const [row] = rowsOf<{ as_of: string; months: string[]; weighted: Record<string, string | number> }>(
    await db.execute(sql`
      select to_char(s.as_of at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as as_of, s.result->'months' as months,
             (select coalesce(jsonb_object_agg(e->>'bucket', e->'weightedMinor'), '{}'::jsonb) from jsonb_array_elements(s.result->'pipeline') e
              where e->>'groupBy' = ${input.groupBy} and coalesce(e->>'key', '') = ${input.key ?? ''} and e->>'period' = 'month') as weighted
      from forecast_snapshots s
      where s.organization_id = ${input.organizationId} and s.as_of < (${input.periodStart}::timestamp at time zone ${input.timeZone})
      order by s.as_of desc limit 1`),
  );
  if (!row) return null;
  return { asOf: row.as_of, months: row.months, weightedByMonth: Object.fromEntries(Object.entries(row.weighted).map(([month, v]) => [month, Number(v)])) };
}

/** Newest-first list of an organization's snapshots with headline figures (no full result). */
export async function listSnapshots(db: DbOrTx, organizationId: string, limit: number) {
  return db
    .select({
      id: forecastSnapshots.id,
      asOf: forecastSnapshots.asOf,
      createdAt: forecastSnapshots.createdAt,
      totalP50: sql<string | null>`${forecastSnapshots.result}->'monteCarlo'->'total'->>'p50'`,
      totalMean: sql<string | null>`${forecastSnapshots.result}->'monteCarlo'->'total'->>'mean'`,
    })
    .from(forecastSnapshots)
    .where(and(eq(forecastSnapshots.organizationId, organizationId)))
    .orderBy(desc(forecastSnapshots.asOf))
    .limit(limit);
}

/** A KPI's value in the newest snapshot taken at or before `at` (for trend arrows of figures that cannot be rebuilt from timestamps). */
export async function kpiValueAt(db: DbOrTx, organizationId: string, key: string, at: Date): Promise<number | null> {
  const [row] = rowsOf<{ v: string | null }>(
    await db.execute(sql`
      select result->'kpis'->'values'->${key}->>'value' as v from forecast_snapshots
      where organization_id = ${organizationId} and as_of <= ${at.toISOString()}::timestamptz order by as_of desc limit 1`),
  );
  return row?.v === null || row?.v === undefined ? null : Number(row.v);
}
