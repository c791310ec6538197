import { eq } from 'drizzle-orm';
import type { TDbHandle } from '~/db/client';
import { createForecastRunner, type TForecastRunResult } from '~/db/forecast/forecast-runner';
import { organizations } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/**
 * The forecasting job: computes and stores a snapshot for the organization
 * with `slug`, or for every organization when no slug is given, one after
 * the other (the heavy part in a worker thread). Logs each organization with
 * its outcome; throws NOT_FOUND for an unknown slug. The caller owns `handle`.
 */
export async function runForecast(handle: TDbHandle, opts: { slug?: string; asOf?: Date; log?: (message: string) => void } = {}): Promise<TForecastRunResult[]> {
  const log = opts.log ?? ((m: string) => console.error(m));
  const runner = createForecastRunner(handle, { log });
  try {
    let ids: string[];
    if (opts.slug) {
      const [org] = await handle.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, opts.slug));
      if (!org) throw new AppError('NOT_FOUND', { message: `No organization with slug "${opts.slug}"` });
      ids = [org.id];
    } else ids = await runner.organizationIds();
    const results: TForecastRunResult[] = [];
    for (const id of ids) {
      const result = await runner.run(id, opts.asOf ?? new Date());
      if (result.status === 'stored') {
        const m = result.snapshot.meta;
        log(`[forecast] ${id}: snapshot ${result.snapshotId} in ${result.elapsedMs} ms (${m.openDeals} open, ${m.closedDeals} closed deals; heavy part in the ${m.computedIn})`);
      } else log(`[forecast] ${id}: skipped, another process is running this organization's forecast`);
      results.push(result);
    }
    return results;
  } finally {
    await runner.close();
  }
}
