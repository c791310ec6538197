import type { TDbHandle } from '~/db/client';
import { createForecastRunner, type TForecastRunResult, type TRunOptions } from '~/db/forecast/forecast-runner';
import { rootLogger, type TLogger } from '~/server/observability/logger';
import type { TPublish } from '~/server/trpc/context';

/** Socket event after an organization's forecast was recomputed; payload `{ snapshotId }`. The report refetches. */
export const FORECAST_EVENT = 'forecast:updated';

/** Events that change what the forecast shows; a run follows `debounceMs` after the last one (`maxWaitMs` after the first at the latest). */
const TRIGGER_EVENTS = new Set(['board:card', 'doc:changed']);

export type TForecastScheduler = ReturnType<typeof scheduleForecast>;

/**
 * The forecast inside the server: every organization in full every
 * `intervalMs` (0 = no schedule), and one organization incrementally
 * `debounceMs` after its last board or document change, and no later than
 * `maxWaitMs` after the first one still waiting, so a board that never goes
 * quiet for `debounceMs` (a busy meeting) still sees its forecast move (see `notify`:
 * only the deals changed since its last run are read again, plus the
 * document KPIs after a document change). Heavy math runs in a worker
 * thread; runs of one organization never overlap in this process, and with
 * Postgres the advisory lock makes other processes skip. After each stored
 * snapshot `forecast:updated` goes to the organization's room. Failures are
 * logged and retried on the next tick or change. `stop()` waits for a run
 * in progress and stops the worker.
 */
export function scheduleForecast(
  handle: TDbHandle,
  publish: TPublish,
  opts: { intervalMs: number; debounceMs?: number; maxWaitMs?: number; firstDelayMs?: number; warmUp?: boolean; logger?: TLogger; onRunFinished?: (outcome: 'stored' | 'skipped' | 'failed', seconds: number) => void },
) {
  const debounceMs = opts.debounceMs ?? 3_000;
  const maxWaitMs = Math.max(opts.maxWaitMs ?? 15_000, debounceMs);
  const log = opts.logger ?? rootLogger();
  const runner = createForecastRunner(handle, { onStored: (organizationId, snapshotId) => publish(organizationId, FORECAST_EVENT, { snapshotId }), log: (message) => log.warn(message) });
  // The job's thread loads its modules (~1 s of CPU, partly on V8's helper threads at normal priority) now, while the server
  // starts, not during the first run: with a cold thread, boards moved 2x slower for the 1.8 s it took (bench:forecast, issue 5).
  if (opts.warmUp) runner.warmUp().catch((error: unknown) => log.warn({ err: error }, 'forecast thread warm-up failed; the first run starts it'));
  /** Every run, scheduled or on demand, reports its outcome and duration (metrics) through `onRunFinished`. */
  const timedRun = (organizationId: string, how: TRunOptions) => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const outcome = runner.run(organizationId, new Date(), how);
    outcome.then((r) => opts.onRunFinished?.(r.status, r.status === 'stored' ? r.elapsedMs / 1000 : seconds()), () => opts.onRunFinished?.('failed', seconds()));
    return outcome;
  };
  /** Per organization: the debounce timer, when its first waiting change came, and whether documents changed. */
  const pending = new Map<string, { timer: NodeJS.Timeout; since: number; documentsChanged: boolean }>();
  let stopped = false;

  const run = (organizationId: string, how: TRunOptions): Promise<TForecastRunResult | null> =>
    timedRun(organizationId, how).catch((error: unknown) => {
      log.error({ err: error, organizationId }, 'forecast run failed');
      return null;
    });
  const tick = async () => {
    if (stopped) return;
    try {
      for (const id of await runner.organizationIds()) if (!stopped && !runner.isBusy(id)) await run(id, { mode: 'full' });
    } catch (error) {
      log.error({ err: error }, 'scheduled forecast run failed');
    }
  };
  const timers: NodeJS.Timeout[] = [];
  if (opts.intervalMs > 0) {
    timers.push(setTimeout(() => void tick(), opts.firstDelayMs ?? opts.intervalMs), setInterval(() => void tick(), opts.intervalMs));
    for (const t of timers) t.unref();
  }

  return {
    /** Call on every publish: board and document changes schedule a debounced incremental run of that organization. */
    notify(organizationId: string, event: string) {
      if (stopped || !TRIGGER_EVENTS.has(event)) return;
      const before = pending.get(organizationId);
      clearTimeout(before?.timer);
      const documentsChanged = (before?.documentsChanged ?? false) || event === 'doc:changed';
      const since = before?.since ?? Date.now();
      const timer = setTimeout(() => {
        pending.delete(organizationId);
        if (!stopped) void run(organizationId, { mode: 'incremental', documentsChanged });
      }, Math.min(debounceMs, Math.max(0, since + maxWaitMs - Date.now())));
      timer.unref();
      pending.set(organizationId, { timer, since, documentsChanged });
    },
    /** Runs one organization now, in full (queued behind a run in progress); resolves with the outcome. */
    recomputeNow: (organizationId: string) => timedRun(organizationId, { mode: 'full' }),
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      for (const p of pending.values()) clearTimeout(p.timer);
      pending.clear();
      await runner.close();
    },
  };
}
