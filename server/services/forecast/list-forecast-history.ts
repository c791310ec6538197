import type { Db } from '~/db/client';
import { latestSnapshot, listSnapshots } from '~/db/queries/forecast/snapshots';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';

/**
 * Past runs (newest first, headline Monte Carlo totals in minor units) and
 * the forecast accuracy of past months as of the newest run.
 */
export async function listForecastHistory(db: Db, organizationId: string, limit: number) {
  const runs = await listSnapshots(db, organizationId, limit);
  const latest = await latestSnapshot(db, organizationId);
  const accuracy = (latest?.result as unknown as TForecastSnapshot | undefined)?.accuracy ?? { months: [], mape: null, bias: null };
  return {
    runs: runs.map((r) => ({ id: r.id, asOf: r.asOf, createdAt: r.createdAt, totalP50Minor: r.totalP50 === null ? null : Number(r.totalP50), totalMean: r.totalMean === null ? null : Number(r.totalMean) })),
    accuracy,
  };
}
