import type { Db } from '~/db/client';
import { latestSnapshot, openingForecast, type TOpeningForecast } from '~/db/queries/forecast/snapshots';
import { filterSnapshot, groupOfFilter, type TSnapshotFilter } from '~/domain/forecast/filter-snapshot';
import { FORECAST_SNAPSHOT_SCHEMA_VERSION, type TForecastSnapshot } from '~/domain/forecast/snapshot';

/**
 * The organization's newest forecast snapshot, optionally narrowed to an
 * owner, team or pipeline and a range of months, and what the forecast said
 * for the same group at the start of the KPI period (`opening`: the newest
 * snapshot before it; the weighted-pipeline tile's trend). Null before the
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
  const group = groupOfFilter(filter) ?? { groupBy: 'all' as const, key: null };
  const opening = await openingForecast(db, { organizationId, timeZone: snapshot.timeZone, periodStart: snapshot.kpis.period.from, ...group });
  return { id: row.id, createdAt: row.createdAt, snapshot: filterSnapshot(snapshot, filter), opening };
}
