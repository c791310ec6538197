import { sql } from 'drizzle-orm';
import type { TDbHandle } from '~/db/client';
import { insertSnapshot } from '~/db/queries/forecast/snapshots';
import { rowsOf } from '~/db/rows';
import { FORECAST_SNAPSHOT_SCHEMA_VERSION, ZForecastSnapshotSchema, type TForecastSnapshot } from '~/domain/forecast/snapshot';
import { computeForecast, type TForecastStates } from './compute-forecast';
import { withForecastLock } from './forecast-lock';
import { MONTE_CARLO } from './forecast-state';
import { createHeavyRunner, type THeavyRunner } from './heavy-runner';
import { createThreadForecastRunner } from './thread-forecast-runner';

export type TForecastRunResult =
  | { status: 'stored'; organizationId: string; snapshotId: string; snapshot: TForecastSnapshot; elapsedMs: number }
  | { status: 'skipped'; organizationId: string; reason: 'locked' };

export type TForecastRunner = ReturnType<typeof createInProcessForecastRunner>;

/** 'full' reads everything (scheduled runs, a manual recompute); documentsChanged makes an incremental run re-read order and invoice KPIs. */
/** How to run; `midRead` is a test seam for the in-process runner only (a function cannot be posted to the job's thread). */
export type TRunOptions = { mode?: 'full' | 'incremental'; documentsChanged?: boolean; midRead?: () => Promise<void> };

type TRunnerOptions = { runner?: THeavyRunner; onStored?: (organizationId: string, snapshotId: string) => void; log?: (message: string) => void };

/**
 * The forecasting job for one process. On Postgres the whole job runs in a
 * worker thread with its own connections, at the lowest CPU priority (see
 * thread-forecast-runner.ts), so the server's event loop only receives the
 * snapshot id. On PGlite (one embedded instance, reachable only from this
 * thread), or when a heavy `runner` is given, it runs here: the reads,
 * parsing and snapshot on this thread, the heavy math in a worker thread.
 */
export function createForecastRunner(handle: TDbHandle, opts: TRunnerOptions = {}): TForecastRunner {
  if (handle.driver === 'postgres' && handle.url && !opts.runner) return createThreadForecastRunner({ ...handle, url: handle.url }, opts);
  return createInProcessForecastRunner(handle, opts);
}

/** Ids of every organization, for "run all". */
export async function organizationIdsOf(db: TDbHandle['db']): Promise<string[]> {
  return rowsOf<{ id: string }>(await db.execute(sql`select id from organizations order by created_at, id`)).map((r) => r.id);
}

/**
 * The forecasting job on the calling thread: computes an organization's forecast,
 * stores it as a new forecast_snapshots row (history is kept) and reports
 * it through `onStored`. Runs of one organization are serialized inside the
 * process; across processes the Postgres advisory lock makes a concurrent
 * run skip ('locked'). One worker thread serves every run of the process;
 * each organization's state stays between runs, so a run after a few board
 * changes is incremental (see compute-forecast.ts) unless `mode: 'full'`.
 */
export function createInProcessForecastRunner(handle: TDbHandle, opts: TRunnerOptions = {}) {
  const runner = opts.runner ?? createHeavyRunner({ log: opts.log });
  const states: TForecastStates = new Map();
  const queues = new Map<string, Promise<unknown>>();

  async function runOnce(organizationId: string, asOf: Date, how: TRunOptions): Promise<TForecastRunResult> {
    const started = performance.now();
    const outcome = await withForecastLock(handle, organizationId, async () => {
      const computed = await computeForecast(handle.db, { organizationId, asOf, runner, states, ...how });
      // Validating 200 kB of snapshot takes a while: let waiting board events through first.
      await new Promise((resolve) => setImmediate(resolve));
      const snapshot = ZForecastSnapshotSchema.parse(computed);
      const snapshotId = await insertSnapshot(handle.db, {
        organizationId,
        asOf,
        params: { schemaVersion: FORECAST_SNAPSHOT_SCHEMA_VERSION, horizonMonths: 12, seed: snapshot.monteCarlo.seed, iterations: snapshot.monteCarlo.iterations, ...MONTE_CARLO },
        result: snapshot as unknown as Record<string, unknown>,
      });
      return { snapshotId, snapshot };
    });
    if (!outcome.ran) return { status: 'skipped', organizationId, reason: 'locked' };
    opts.onStored?.(organizationId, outcome.value.snapshotId);
    return { status: 'stored', organizationId, ...outcome.value, elapsedMs: Math.round(performance.now() - started) };
  }

  return {
    /** Runs one organization now (after any run of it already going in this process); incremental when its state allows, unless `mode: 'full'`. */
    run(organizationId: string, asOf: Date = new Date(), how: TRunOptions = {}): Promise<TForecastRunResult> {
      const previous = queues.get(organizationId) ?? Promise.resolve();
      const next = previous.catch(() => {}).then(() => runOnce(organizationId, asOf, how));
      queues.set(organizationId, next);
      void next.finally(() => queues.get(organizationId) === next && queues.delete(organizationId)).catch(() => {});
      return next;
    },
    /** True while a run of the organization is going or queued in this process. */
    isBusy: (organizationId: string) => queues.has(organizationId),
    /** Ids of every organization, for "run all". */
    organizationIds: () => organizationIdsOf(handle.db),
    /** Starts the heavy math's worker thread now (its modules take ~1 s of CPU to load), so the first run does not pay for it while boards are in use. */
    warmUp: () => runner.warmUp(),
    /** Waits for runs in progress, then stops the worker thread. */
    async close() {
      await Promise.allSettled([...queues.values()]);
      await runner.close();
    },
  };
}
