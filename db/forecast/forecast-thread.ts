import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '~/db/client';
import { createInProcessForecastRunner } from './forecast-runner';
import { createHeavyRunner } from './heavy-runner';
import { jobConnectionUrl } from './job-connection-url';
import { lowerThreadPriority } from './thread-priority';
import type { TThreadReply, TThreadRequest } from './thread-forecast-runner';

/**
 * Worker thread running the whole forecast job on Postgres: its own
 * connections (one holds the advisory lock, two read; no parallel query
 * workers, see job-connection-url.ts), the SQL, parsing,
 * the heavy math (inline: this thread is already off the server's event
 * loop), validation and the snapshot insert, at the lowest CPU priority.
 * Keeps each organization's state, so incremental runs happen here too.
 * Answers each run with its outcome and the snapshot as JSON text, which
 * the main thread parses only if a caller reads it.
 */
const { url } = workerData as { url: string };
lowerThreadPriority();
const port = parentPort!;
const log = (message: string) => port.postMessage({ log: message } satisfies TThreadReply);
const handle = await openDb({ driver: 'postgres', url: jobConnectionUrl(url), max: 3 });
const runner = createInProcessForecastRunner(handle, { runner: createHeavyRunner({ useWorker: false, log }), log });

port.on('message', (m: TThreadRequest) => {
  if (m.op === 'close') {
    void runner
      .close()
      .then(() => handle.close())
      .finally(() => port.postMessage({ id: m.id, ok: true } satisfies TThreadReply));
    return;
  }
  runner.run(m.organizationId, new Date(m.asOf), m.how).then(
    (r) => port.postMessage({ id: m.id, ok: true, result: r.status === 'stored' ? { ...r, snapshot: undefined, snapshotJson: JSON.stringify(r.snapshot) } : r } satisfies TThreadReply),
    (error: unknown) => port.postMessage({ id: m.id, ok: false, message: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code } satisfies TThreadReply),
  );
});
