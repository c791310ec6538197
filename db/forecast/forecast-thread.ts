import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '~/db/client';
import { createInProcessForecastRunner } from './forecast-runner';
import { createHeavyRunner } from './heavy-runner';
import { isLocalDatabase, lowerJobBackendsPriority } from './backend-priority';
import { JOB_APPLICATION_NAME, jobConnectionUrl } from './job-connection-url';
import { lowerThreadPriority } from './thread-priority';
import type { TThreadReply, TThreadRequest } from './thread-forecast-runner';

/**
 * Worker thread running the whole forecast job on Postgres: its own
 * connections (one holds the advisory lock, two read; no parallel query
 * workers, see job-connection-url.ts), the SQL, parsing,
 * the heavy math (inline: this thread is already off the server's event
 * loop), validation and the snapshot insert, at the lowest CPU priority,
 * and so are its Postgres backends when the database is on this machine
 * (backend-priority.ts; checked before each run, in the order runs came).
 * Keeps each organization's state, so incremental runs happen here too.
 * Answers each run with its outcome and the snapshot as JSON text, which
 * the main thread parses only if a caller reads it.
 */
const { url } = workerData as { url: string };
lowerThreadPriority();
const port = parentPort!;
const log = (message: string) => port.postMessage({ log: message } satisfies TThreadReply);
const POOL_SIZE = 3;
const handle = await openDb({ driver: 'postgres', url: jobConnectionUrl(url), max: POOL_SIZE });
const lowerBackends = lowerJobBackendsPriority(handle.sql!, url, JOB_APPLICATION_NAME);
/** Opens the whole pool now, so the first run's backends are already lowered. */
const openPool = async () => {
  const connections = await Promise.all(Array.from({ length: POOL_SIZE }, () => handle.sql!.reserve()));
  try {
    await lowerBackends(connections[0]);
  } finally {
    for (const connection of connections) connection.release();
  }
};
// A remote database's backends are not lowered (not our CPU): its connections open as runs need them.
let lowered: Promise<unknown> = isLocalDatabase(url) ? openPool().catch((error: unknown) => log(`[forecast] could not lower the job's backend priority: ${String(error)}`)) : Promise.resolve();
const runner = createInProcessForecastRunner(handle, { runner: createHeavyRunner({ useWorker: false, log }), log });

port.on('message', (m: TThreadRequest) => {
  if (m.op === 'close') {
    void runner
      .close()
      .then(() => handle.close())
      .finally(() => port.postMessage({ id: m.id, ok: true } satisfies TThreadReply));
    return;
  }
  if (m.op === 'ready') {
    void lowered.then(() => port.postMessage({ id: m.id, ok: true } satisfies TThreadReply));
    return;
  }
  lowered = lowered.then(() => lowerBackends()).catch(() => 0);
  void lowered.then(() => runner.run(m.organizationId, new Date(m.asOf), m.how)).then(
    (r) => port.postMessage({ id: m.id, ok: true, result: r.status === 'stored' ? { ...r, snapshot: undefined, snapshotJson: JSON.stringify(r.snapshot) } : r } satisfies TThreadReply),
    (error: unknown) => port.postMessage({ id: m.id, ok: false, message: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code } satisfies TThreadReply),
  );
});
