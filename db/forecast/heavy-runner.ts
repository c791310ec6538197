import { isMainThread, Worker } from 'node:worker_threads';
import { AppError } from '~/domain/app-error';
import { startHeavy, updateHeavy, type THeavyDelta, type THeavyInput, type THeavyResult, type THeavyState } from '~/domain/forecast/forecast-heavy';

type TOutcome = { result: THeavyResult; computedIn: 'worker' | 'main-thread' };
/** Where work done on the calling thread ran (the whole Postgres job runs in a worker thread and computes inline there). */
const callingThread: TOutcome['computedIn'] = isMainThread ? 'main-thread' : 'worker';

/** The heavy part of forecast runs, with one state per key (organization) between runs. */
export type THeavyRunner = {
  /** Computes everything and keeps the state under `key`. */
  start: (key: string, input: THeavyInput) => Promise<TOutcome>;
  /** Applies a change to the state under `key`; null when there is none (first run, or the worker was restarted). */
  update: (key: string, delta: THeavyDelta) => Promise<TOutcome | null>;
  /** Starts the worker thread now and resolves once it has loaded its modules (nothing to do without one). */
  warmUp: () => Promise<void>;
  close: () => Promise<void>;
};

/** Messages to the worker thread. */
type TRequest = { op: 'start'; key: string; input: THeavyInput } | { op: 'update'; key: string; delta: THeavyDelta } | { op: 'ready' };
export type TWorkerRequest = TRequest & { id: number };

type TPending = { resolve: (r: THeavyResult | null) => void; reject: (e: Error) => void };

/**
 * Runs the forecast's heavy math in one long-lived worker thread, started on
 * first use. The worker is TypeScript, so its entry is a small .mjs that
 * loads it through tsx's API (`tsImport`): `execArgv: ['--import', 'tsx']`
 * does not reach worker threads on Node 20 ("Unknown file extension .ts").
 * This works under `tsx` (npm start / dev), the CLI and vitest alike. If a worker cannot start (or dies), the work runs on
 * the calling thread and that is logged: slower boards, but a forecast.
 * The open deals' typed arrays are transferred to the worker, not copied.
 */
export function createHeavyRunner(opts: { useWorker?: boolean; log?: (message: string) => void } = {}): THeavyRunner {
  const log = opts.log ?? ((m: string) => console.warn(m));
  let worker: Worker | null = null;
  let broken = opts.useWorker === false;
  let nextId = 1;
  const pending = new Map<number, TPending>();
  // States of the main-thread fallback.
  const local = new Map<string, THeavyState>();
  const onMainThread = (request: TRequest): THeavyResult | null => {
    if (request.op === 'ready') return null;
    if (request.op === 'start') {
      const started = startHeavy(request.input);
      local.set(request.key, started.state);
      return started.result;
    }
    const state = local.get(request.key);
    return state ? updateHeavy(state, request.delta) : null;
  };

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const start = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      const w = new Worker(new URL('./forecast-worker-entry.mjs', import.meta.url));
      w.unref();
      w.on('message', (m: { id: number; ok: boolean; result?: THeavyResult | null; message?: string; code?: string }) => {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.ok) p.resolve(m.result ?? null);
        else p.reject(m.code ? new AppError(m.code as 'INVALID_INPUT', { message: m.message! }) : new Error(m.message));
      });
      w.on('error', (error) => {
        log(`[forecast] worker thread failed (${error.message}); running on the main thread from now on`);
        broken = true;
        worker = null;
        failAll(error);
      });
      w.on('exit', (code) => {
        if (worker === w) worker = null;
        if (pending.size) failAll(new Error(`forecast worker exited with code ${code}`));
      });
      worker = w;
      return w;
    } catch (error) {
      log(`[forecast] cannot start a worker thread (${(error as Error).message}); computing on the main thread`);
      broken = true;
      return null;
    }
  };

  const send = async (request: TRequest): Promise<{ result: THeavyResult | null; computedIn: TOutcome['computedIn'] }> => {
    const w = start();
    if (!w) return { result: onMainThread(request), computedIn: callingThread };
    const id = nextId++;
    const transfer = request.op === 'start' ? Object.values(request.input.deals).map((a: ArrayBufferView) => a.buffer as ArrayBuffer) : [];
    try {
      const result = await new Promise<THeavyResult | null>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.ref();
        w.postMessage({ id, ...request }, transfer);
      }).finally(() => {
        if (pending.size === 0) w.unref();
      });
      return { result, computedIn: 'worker' };
    } catch (error) {
      if (error instanceof AppError || !broken) throw error;
      // The worker died: its states are gone (an update answers null, the caller runs in full).
      return { result: request.op === 'start' ? onMainThread(request) : null, computedIn: callingThread };
    }
  };

  return {
    async start(key, input) {
      const { result, computedIn } = await send({ op: 'start', key, input });
      return { result: result!, computedIn };
    },
    async update(key, delta) {
      const { result, computedIn } = await send({ op: 'update', key, delta });
      return result ? { result, computedIn } : null;
    },
    async warmUp() {
      await send({ op: 'ready' });
    },
    async close() {
      const w = worker;
      worker = null;
      broken = true;
      if (w) await w.terminate();
    },
  };
}
