import { pathToFileURL } from 'node:url';
import { runDatabaseCli } from './database-cli';
import { processIo, runSeriesCli, type TCliIo } from './series-cli';

/**
 * `npm run job:forecast [-- …]`. With `--series FILE.csv` it forecasts that
 * series (no database). Without it, it runs the organization forecast job
 * against the database (database-cli.ts).
 * Resolves to the process exit code.
 */
export async function main(argv: string[], io: TCliIo = processIo): Promise<number> {
  if (argv.some((a) => a === '--series' || a.startsWith('--series='))) return runSeriesCli(argv, io);
  return runDatabaseCli(argv, io);
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
