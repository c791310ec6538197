import type { Db } from '~/db/client';
import { AppError } from '~/domain/app-error';
import { forecastSchedulerFor } from './forecast-schedulers';

/**
 * Recomputes the organization's forecast now through the server's scheduler
 * (same worker, lock and `forecast:updated` event as scheduled runs).
 * 'skipped' means another server process is computing it right now.
 */
export async function recomputeForecast(db: Db, organizationId: string): Promise<{ status: 'stored' | 'skipped'; snapshotId: string | null }> {
  const scheduler = forecastSchedulerFor(db);
  if (!scheduler) throw new AppError('UNAVAILABLE', { message: 'The forecast job is not running in this process' });
  const result = await scheduler.recomputeNow(organizationId);
  return { status: result.status, snapshotId: result.status === 'stored' ? result.snapshotId : null };
}
