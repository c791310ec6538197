import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { TDbHandle } from '~/db/client';
import { openDbFromEnv } from '~/db/open-from-env';
import { AppError } from '~/domain/app-error';
import { EnvError, getEnv } from '~/env';
import { forecastJson } from './forecast-json';
import { runForecast } from './run-forecast';
import type { TCliIo } from './series-cli';

export const DATABASE_USAGE = `Usage: npm run job:forecast [-- --org <slug>] [--json] [--as-of 2026-03-31T12:00:00Z]
  --org     slug of one organization (default: every organization, one after the other)
  --json    print the results as JSON: bookings by month (actual and forecast), win rates overall
            and by owner, weighted pipeline by month, KPIs and the P10/P50/P90 revenue
  --as-of   compute as of this instant (default: now)

Stores a forecast snapshot per organization. Uses DATABASE_URL, else the embedded database in
DATA_DIR (stop the server first: it holds that database). Exits 1 on any failure.`;

const ZDatabaseArgsSchema = z
  .object({
    org: z.string().regex(/^[a-z0-9-]+$/, 'must be an organization slug such as ebro-automatizacion').optional(),
    json: z.boolean().default(false),
    'as-of': z.iso.datetime({ offset: true, error: 'must be an ISO-8601 instant such as 2026-03-31T12:00:00Z' }).optional(),
  })
  .strict();

/**
 * Database mode of `npm run job:forecast`: runs the forecast job and prints
 * a summary (stderr) or the results as JSON (stdout). Returns the exit code;
 * 1 when an organization was skipped because another process holds its lock.
 */
export async function runDatabaseCli(argv: string[], io: TCliIo, open: () => Promise<TDbHandle> = () => openDbFromEnv(getEnv())): Promise<number> {
  let handle: TDbHandle | null = null;
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { org: { type: 'string' }, json: { type: 'boolean' }, 'as-of': { type: 'string' } }, allowPositionals: true, strict: true });
    if (positionals.length > 0) throw new z.ZodError([{ code: 'custom', path: [], message: `unexpected argument "${positionals[0]}"`, input: positionals }]);
    const args = ZDatabaseArgsSchema.parse(values);
    handle = await open().catch((error: unknown) => {
      if (error instanceof Error && /in use by process/.test(error.message)) throw new AppError('UNAVAILABLE', { message: `${error.message} (the running server computes the forecast itself every few minutes)` });
      throw error;
    });
    const results = await runForecast(handle, { slug: args.org, asOf: args['as-of'] ? new Date(args['as-of']) : undefined, log: io.err });
    if (args.json) {
      const stored = results.flatMap((r) => (r.status === 'stored' ? [forecastJson(r.snapshotId, r.snapshot)] : []));
      io.out(JSON.stringify(args.org ? (stored[0] ?? null) : stored, null, 2));
    }
    const skipped = results.filter((r) => r.status === 'skipped').length;
    if (skipped > 0) io.err(`[forecast] ${skipped} organization(s) skipped: another process is computing them`);
    return skipped > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof z.ZodError) io.err(`${z.prettifyError(error)}\n\n${DATABASE_USAGE}`);
    else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) io.err(`${error.message}\n\n${DATABASE_USAGE}`);
    else if (error instanceof EnvError) io.err(error.message);
    else if (error instanceof AppError) io.err(`[forecast] ${error.message}`);
    else io.err(`[forecast] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    await handle?.close();
  }
}
