import type { Db } from '~/db/client';
import { groupPastForecasts, latestSnapshot, openingForecast, type TOpeningForecast } from '~/db/queries/forecast/snapshots';
import { filterSnapshot, groupOfFilter, type TSnapshotFilter } from '~/domain/forecast/filter-snapshot';
import { groupAccuracy } from '~/domain/forecast/group-accuracy';
import { FORECAST_SNAPSHOT_SCHEMA_VERSION, type TForecastSnapshot } from '~/domain/forecast/snapshot';

/**
 * The organization's newest forecast snapshot, optionally narrowed to an
 * owner, team or pipeline and a range of months, and what the forecast said
 * for the same group at the start of the KPI period (`opening`: the newest
 * snapshot before it; the weighted-pipeline tile's trend). With a group
 * filter, the accuracy section is the group's: each past month's forecast for
 * it, read from the snapshot the organization's accuracy used, against what
 * it won. Null before the
 * first run (or when the newest was written by an incompatible schema version).
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
  if (group) filtered.accuracy = groupAccuracy(snapshot, group, await groupPastForecasts(db, { organizationId, points: snapshot.accuracy.months, ...group }));
  return { id: row.id, createdAt: row.createdAt, snapshot: filtered, opening };
}
