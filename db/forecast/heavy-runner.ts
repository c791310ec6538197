import { Worker } from 'node:worker_threads';
import { AppError } from '~/domain/app-error';
import { computeHeavy, type THeavyInput, type THeavyResult } from '~/domain/forecast/forecast-heavy';

export type THeavyRunner = {
  run: (input: THeavyInput) => Promise<{ result: THeavyResult; computedIn: 'worker' | 'main-thread' }>;
  close: () => Promise<void>;
};

type TPending = { resolve: (r: THeavyResult) => void; reject: (e: Error) => void };

/**
 * Runs the forecast's heavy math in one long-lived worker thread, started on
 * first use. The worker is TypeScript, so its entry is a small .mjs that
 * loads it through tsx's API (`tsImport`): `execArgv: ['--import', 'tsx']`
 * does not reach worker threads on Node 20 ("Unknown file extension .ts").
 * This works under `tsx` (npm start / dev), the CLI and vitest alike. If a worker cannot start (or dies), the work runs on
 * the calling thread and that is logged: slower boards, but a forecast.
 */
export function createHeavyRunner(opts: { useWorker?: boolean; log?: (message: string) => void } = {}): THeavyRunner {
  const log = opts.log ?? ((m: string) => console.warn(m));
  let worker: Worker | null = null;
  let broken = opts.useWorker === false;
  let nextId = 1;
  const pending = new Map<number, TPending>();

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
      w.on('message', (m: { id: number; ok: boolean; result?: THeavyResult; message?: string; code?: string }) => {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.ok) p.resolve(m.result!);
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

  return {
    async run(input) {
      const w = start();
      if (!w) return { result: computeHeavy(input), computedIn: 'main-thread' };
      const id = nextId++;
      try {
        const result = await new Promise<THeavyResult>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          w.ref();
          w.postMessage({ id, input });
        }).finally(() => {
          if (pending.size === 0) w.unref();
        });
        return { result, computedIn: 'worker' };
      } catch (error) {
        if (error instanceof AppError || !broken) throw error;
        return { result: computeHeavy(input), computedIn: 'main-thread' };
      }
    },
    async close() {
      const w = worker;
      worker = null;
      broken = true;
      if (w) await w.terminate();
    },
  };
}
