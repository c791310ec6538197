import { pathToFileURL } from 'node:url';
import { processIo, runSeriesCli, type TCliIo } from './series-cli';

/**
 * `npm run job:forecast [-- …]`. With `--series FILE.csv` it forecasts that
 * series (no database). Without it, it will run the organization forecast
 * job against the database; that mode is not implemented yet.
 * Resolves to the process exit code.
 */
export async function main(argv: string[], io: TCliIo = processIo): Promise<number> {
  if (argv.some((a) => a === '--series' || a.startsWith('--series='))) return runSeriesCli(argv, io);
  io.err('[forecast] database mode not implemented yet (use --series FILE.csv --horizon N to forecast a series file)');
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error('[forecast] failed:', error);
      process.exitCode = 1;
    },
  );
}
