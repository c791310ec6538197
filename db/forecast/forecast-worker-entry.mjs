// Plain-JavaScript entry of the forecast worker thread: registers tsx so the
// TypeScript worker (and the domain code it imports) can load, whatever
// loader flags the parent process was started with.
import { tsImport } from 'tsx/esm/api';

await tsImport('./forecast-worker.ts', import.meta.url);
