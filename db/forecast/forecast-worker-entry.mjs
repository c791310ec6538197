// Plain-JavaScript entry of the forecast worker threads: registers tsx so the
// TypeScript worker (and the domain code it imports) can load, whatever
// loader flags the parent process was started with. `workerData.entry`
// names the module (default: the heavy-math worker).
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

// Niceness 19 (as thread-priority.ts) before anything else: tsx's module loader thread starts with the
// first tsImport and inherits it, so compiling and loading the job's modules (~1 s of CPU) no longer
// competes with boards at normal priority (bench:forecast, issue 5). Linux only.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // Not Linux: the TypeScript worker's own lowerThreadPriority() does nothing either.
}
await tsImport(workerData?.entry ?? './forecast-worker.ts', import.meta.url);
