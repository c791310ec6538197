import type { Db } from '~/db/client';
import { latestSnapshot } from '~/db/queries/forecast/snapshots';
import { filterSnapshot, type TSnapshotFilter } from '~/domain/forecast/filter-snapshot';
import { FORECAST_SNAPSHOT_SCHEMA_VERSION, type TForecastSnapshot } from '~/domain/forecast/snapshot';

/**
 * The organization's newest forecast snapshot, optionally narrowed to an
 * owner, team or pipeline and a range of months; null before the first run
 * (or when the newest was written by an incompatible schema version).
 */
export async function getLatestForecast(db: Db, organizationId: string, filter: TSnapshotFilter): Promise<{ id: string; createdAt: Date; snapshot: TForecastSnapshot } | null> {
  const row = await latestSnapshot(db, organizationId);
  if (!row || (row.result as { schemaVersion?: number }).schemaVersion !== FORECAST_SNAPSHOT_SCHEMA_VERSION) return null;
  return { id: row.id, createdAt: row.createdAt, snapshot: filterSnapshot(row.result as unknown as TForecastSnapshot, filter) };
}
