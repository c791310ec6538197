import { closeBenchClients } from '../lib/trpc-client';
import { fileURLToPath } from 'node:url';
import { monoMs } from '../lib/clock';
import { describeMachine, loadAverage } from '../lib/machine';
import { createBenchDatabase } from '../lib/postgres-db';
import { writeSection } from '../lib/results-file';
import { parseBenchArgs } from './args';
import { planFor, type TPlan } from './plan';
import { renderReport } from './report';
import type { TStartInput } from './server/handlers';
import { runSuite, type TDriverResults } from './suite';
import { startTarget } from './target';

/**
 * `npm run bench:board [-- --quick] [-- --pg-url <url>] [-- --no-pglite]`:
 * board benchmarks on a throw-away Postgres database, then on in-memory
 * PGlite; writes the board section of bench/RESULTS.md (not with --quick).
 */
const RESULTS_FILE = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);

async function onTarget(input: TStartInput, plan: TPlan): Promise<TDriverResults> {
  log(`[${input.driver}] starting server, migrating, creating organizations`);
  const target = await startTarget(input, plan);
  try {
    return await runSuite(target, plan, { sustained: input.driver === 'postgres' }, log);
  } finally {
    await closeBenchClients();
    await target.stop();
    log(`[${input.driver}] server stopped`);
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const args = parseBenchArgs(argv);
  const plan = planFor(args.quick);
  const started = monoMs();
  const loadAtStart = loadAverage();
  const results: TDriverResults[] = [];
  const database = await createBenchDatabase(args.pgUrl);
  const dropOnInterrupt = () => void database.drop().finally(() => process.exit(130));
  process.once('SIGINT', dropOnInterrupt);
  log(`Postgres database ${database.name}`);
  try {
    results.push(await onTarget({ driver: 'postgres', url: database.url }, plan));
  } finally {
    process.off('SIGINT', dropOnInterrupt);
    await database.drop();
  }
  if (args.pglite) results.push(await onTarget({ driver: 'pglite' }, plan));

  const report = renderReport(
    { command: ['npm run bench:board', ...(argv.length ? ['--', ...argv] : [])].join(' '), date: new Date().toISOString(), machine: describeMachine(), runtimeSeconds: (monoMs() - started) / 1000, load: `${loadAtStart} at start, ${loadAverage()} at end`, quick: args.quick },
    results,
  );
  console.log(report);
  if (!args.quick) {
    writeSection(RESULTS_FILE, 'board', report);
    log(`wrote ${RESULTS_FILE}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
