import type { Db } from '~/db/client';
import { groupPastForecasts, latestSnapshot, openingForecast, type TOpeningForecast } from '~/db/queries/forecast/snapshots';
import { filterSnapshot, groupOfFilter, withoutBreakdowns, type TSnapshotFilter } from '~/domain/forecast/filter-snapshot';
import { groupAccuracy, type TGroupPastForecast } from '~/domain/forecast/group-accuracy';
import type { TKpiGroup } from '~/domain/forecast/kpi-group';
import { FORECAST_SNAPSHOT_SCHEMA_VERSION, type TForecastSnapshot } from '~/domain/forecast/snapshot';

/**
 * The organization's newest forecast snapshot, optionally narrowed to an
 * owner, team or pipeline and a range of months, and what the forecast said
 * for the same group at the start of the KPI period (`opening`: the newest
 * snapshot before it; the weighted-pipeline tile's trend). With a group
 * filter, the accuracy section is the group's: each past month's forecast for
 * it, read from the snapshot the organization's accuracy used, against what
 * it won. The answer carries the view only: the stored per-group breakdowns
 * are left out (with 50 reps they are most of the snapshot, and the report
 * reads the view). Null before the first run (or when the newest was written
 * by an incompatible schema version).
 */
export async function getLatestForecast(
  db: Db,
  organizationId: string,
  filter: TSnapshotFilter,
): Promise<{ id: string; createdAt: Date; snapshot: TForecastSnapshot; opening: TOpeningForecast | null } | null> {
  const row = await latestSnapshot(db, organizationId);
  if (!row || (row.result as { schemaVersion?: number }).schemaVersion !== FORECAST_SNAPSHOT_SCHEMA_VERSION) return null;
  const snapshot = row.result as unknown as TForecastSnapshot;
  const group = groupOfFilter(filter);
  const opening = await openingForecast(db, { organizationId, timeZone: snapshot.timeZone, periodStart: snapshot.kpis.period.from, ...(group ?? { groupBy: 'all', key: null }) });
  const filtered = filterSnapshot(snapshot, filter);
  if (group) filtered.accuracy = groupAccuracy(snapshot, group, await pastForecastsOf(db, organizationId, snapshot.accuracy.months, group));
  return { id: row.id, createdAt: row.createdAt, snapshot: withoutBreakdowns(filtered), opening };
}

/**
 * What a past snapshot forecast for a group's month never changes, so each
 * (snapshot, month, group) is read from its jsonb once per process: the
 * report reloads on every recompute (seconds after any move), and each of
 * its up to 24 past months would otherwise read a whole old snapshot again.
 */
const pastCache = new Map<string, TGroupPastForecast>();
const PAST_CACHE_ENTRIES = 50_000;

async function pastForecastsOf(db: Db, organizationId: string, points: readonly { month: string; snapshotId: string }[], group: TKpiGroup): Promise<TGroupPastForecast[]> {
  const keyOf = (p: { month: string; snapshotId: string }) => `${p.snapshotId}|${p.month}|${group.groupBy}|${group.key ?? ''}`;
  const missing = points.filter((p) => !pastCache.has(keyOf(p)));
  if (missing.length > 0) {
    for (const read of await groupPastForecasts(db, { organizationId, points: missing, ...group })) {
      pastCache.set(keyOf(read), read);
      if (pastCache.size > PAST_CACHE_ENTRIES) pastCache.delete(pastCache.keys().next().value!);
    }
  }
  return points.flatMap((p) => pastCache.get(keyOf(p)) ?? []);
}
