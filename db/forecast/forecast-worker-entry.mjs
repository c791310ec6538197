// Plain-JavaScript entry of the forecast worker threads: registers tsx so the
// TypeScript worker (and the domain code it imports) can load, whatever
// loader flags the parent process was started with. `workerData.entry`
// names the module (default: the heavy-math worker).
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData?.entry ?? './forecast-worker.ts', import.meta.url);
