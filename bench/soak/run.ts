import { fileURLToPath } from 'node:url';
import type { Socket } from 'socket.io-client';
import { forkRpc } from '../lib/child-rpc';
import { monoMs } from '../lib/clock';
import { describeMachine, loadAverage } from '../lib/machine';
import { createBenchDatabase } from '../lib/postgres-db';
import { writeSection } from '../lib/results-file';
import { parseSoakArgs } from './args';
import { runCycles } from './cycles';
import { renderSoakReport, soakPassed } from './report';
import type { TSoakServerHandlers } from './server/handlers';
import { openResidents, settleToBaseline } from './soak-world';

/**
 * `npm run bench:soak [-- --cycles N] [-- --parallel N] [-- --pg-url URL] [-- --quick]`:
 * connect/join/disconnect cycles (some dropped mid-handshake) against a
 * server process, then checks that its rooms, presence and sockets are back
 * to baseline and that its heap after GC grew less than 10 %. Writes the soak
 * section of bench/RESULTS.md (not with --quick); exits 1 when a check fails.
 */
const RESULTS_FILE = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const CHILD_ENTRY = fileURLToPath(new URL('./server/child.ts', import.meta.url));
const WARM_UP_CYCLES = 500;
const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function main() {
  const argv = process.argv.slice(2);
  const args = parseSoakArgs(argv);
  const started = monoMs();
  const loadAtStart = loadAverage();
  const database = args.pgUrl ? await createBenchDatabase(args.pgUrl) : null;
  const server = forkRpc<TSoakServerHandlers>(CHILD_ENTRY, { execArgv: ['--expose-gc'] });
  let residents: Socket[] = [];
  try {
    const { clients } = await server.call('start', database ? { driver: 'postgres', url: database.url } : { driver: 'pglite' });
    residents = await openResidents(clients);
    const census = () => server.call('census', undefined);
    const baseline = await census();
    const heapStart = await server.call('heap', undefined);
    log(`warm-up: ${WARM_UP_CYCLES} cycles`);
    await runCycles(clients, { cycles: WARM_UP_CYCLES, parallel: args.parallel });
    const warm = await settleToBaseline(census, baseline);
    if (warm.diff.length) log(`after the warm-up the census differs from baseline: ${warm.diff.join('; ')}`);
    const heapBaseline = await server.call('heap', undefined);
    log(`soak: ${args.cycles} cycles, ${args.parallel} in parallel`);
    const soakStarted = monoMs();
    const totals = await runCycles(clients, { cycles: args.cycles, parallel: args.parallel, onProgress: (done) => log(`  ${done} cycles`) });
    const soakSeconds = (monoMs() - soakStarted) / 1000;
    const settled = await settleToBaseline(census, baseline);
    const heapFinal = await server.call('heap', undefined);
    const result = {
      command: ['npm run bench:soak', ...(argv.length ? ['--', ...argv] : [])].join(' '),
      date: new Date().toISOString(),
      machine: describeMachine(),
      load: `${loadAtStart} at start, ${loadAverage()} at end`,
      database: database ? `Postgres (throw-away database ${database.name})` : 'PGlite in memory',
      runtimeSeconds: (monoMs() - started) / 1000,
      cycles: args.cycles,
      parallel: args.parallel,
      users: clients.length,
      warmUpCycles: WARM_UP_CYCLES,
      totals,
      soakSeconds,
      census: { baseline, final: settled.final, diff: settled.diff, settleMs: settled.ms },
      heap: heapStart !== null && heapBaseline !== null && heapFinal !== null ? { start: heapStart, baseline: heapBaseline, final: heapFinal } : null,
    };
    const report = renderSoakReport(result);
    console.log(report);
    if (!args.quick) {
      writeSection(RESULTS_FILE, 'soak', report);
      log(`wrote ${RESULTS_FILE}`);
    }
    if (!soakPassed(result)) process.exitCode = 1;
  } finally {
    for (const s of residents) s.close();
    await server.call('close', undefined).catch(() => {});
    await server.stop();
    await database?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
