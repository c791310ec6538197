import { Worker } from 'node:worker_threads';
import type { TDbHandle } from '~/db/client';
import { AppError } from '~/domain/app-error';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import { organizationIdsOf, type TForecastRunResult, type TForecastRunner, type TRunOptions } from './forecast-runner';

/** Messages to the job's worker thread. */
type TRequest = { op: 'run'; organizationId: string; asOf: string; how: TRunOptions } | { op: 'ready' } | { op: 'close' };
export type TThreadRequest = TRequest & { id: number };
type TStoredReply = Omit<Extract<TForecastRunResult, { status: 'stored' }>, 'snapshot'> & { snapshot: undefined; snapshotJson: string };
/** Messages from it: a run's outcome (the snapshot as JSON text), a failure, or a line to log. */
export type TThreadReply =
  | { id: number; ok: true; result?: TStoredReply | Extract<TForecastRunResult, { status: 'skipped' }> }
  | { id: number; ok: false; message: string; code?: string }
  | { log: string };

type TDone = Extract<TThreadReply, { ok: true }>;
type TPending = { resolve: (r: TDone) => void; reject: (e: Error) => void };

/**
 * The forecast job of a Postgres server, run entirely in one worker thread
 * (forecast-thread.ts) with its own connections to the same database: the
 * main event loop only posts `{ organizationId, asOf }` and gets back the
 * snapshot id, so boards never wait for the job's parsing, math,
 * validation or insert. The snapshot crosses as JSON text and is parsed
 * only when a caller reads `snapshot` (the CLI, tests); the server's
 * scheduler reads only its id. Same interface, lock and per-organization
 * ordering as the in-process runner (the worker uses it). A worker that
 * dies fails its runs in progress; the next run starts a new one.
 */
export function createThreadForecastRunner(handle: TDbHandle & { url: string }, opts: { onStored?: (organizationId: string, snapshotId: string) => void; log?: (message: string) => void } = {}): TForecastRunner {
  const log = opts.log ?? ((m: string) => console.warn(m));
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, TPending>();
  const busy = new Map<string, number>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const spawn = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./forecast-worker-entry.mjs', import.meta.url), { workerData: { entry: './forecast-thread.ts', url: handle.url } });
    w.unref();
    w.on('message', (m: TThreadReply) => {
      if ('log' in m) return log(m.log);
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      if (m.ok) p.resolve(m);
      else p.reject(m.code ? new AppError(m.code as 'INVALID_INPUT', { message: m.message }) : new Error(m.message));
    });
    w.on('error', (error) => {
      log(`[forecast] job thread failed (${error.message}); a new one starts with the next run`);
      if (worker === w) worker = null;
      failAll(error);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      if (pending.size) failAll(new Error(`forecast job thread exited with code ${code}`));
    });
    worker = w;
    return w;
  };
  const request = (w: Worker, message: TRequest) =>
    new Promise<TDone>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ ...message, id });
    });

  async function run(organizationId: string, asOf: Date = new Date(), how: TRunOptions = {}): Promise<TForecastRunResult> {
    busy.set(organizationId, (busy.get(organizationId) ?? 0) + 1);
    try {
      const { result } = await request(spawn(), { op: 'run', organizationId, asOf: asOf.toISOString(), how });
      if (!result) throw new Error('forecast job thread answered without a result');
      if (result.status === 'skipped') return result;
      const { snapshotJson, ...stored } = result;
      let parsed: TForecastSnapshot | undefined;
      opts.onStored?.(organizationId, stored.snapshotId);
      return {
        ...stored,
        get snapshot() {
          parsed ??= JSON.parse(snapshotJson) as TForecastSnapshot;
          return parsed;
        },
      };
    } finally {
      const left = busy.get(organizationId)! - 1;
      if (left > 0) busy.set(organizationId, left);
      else busy.delete(organizationId);
    }
  }

  return {
    run,
    isBusy: (organizationId: string) => busy.has(organizationId),
    organizationIds: () => organizationIdsOf(handle.db),
    /** Starts the job's thread now and resolves once it has loaded its modules and opened (and lowered) its connections. */
    async warmUp() {
      await request(spawn(), { op: 'ready' });
    },
    /** The thread answers runs in order and its runner waits for runs in progress: then it closes its connections and stops. */
    async close() {
      const w = worker;
      if (!w) return;
      try {
        await request(w, { op: 'close' });
      } finally {
        worker = null;
        await w.terminate();
      }
    },
  };
}
