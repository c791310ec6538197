import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError } from '~/domain/app-error';
import { formatSeriesReport, seriesReport } from './series-report';

export const SERIES_USAGE = `Usage: npm run job:forecast -- --series FILE.csv --horizon N [--seasonal additive|multiplicative] [--frequency 12] [--level 0.95] [--json]
  --series     CSV file with month,value rows (YYYY-MM, consecutive months; # comments and a header allowed)
  --horizon    months to forecast (1–120)
  --seasonal   additive (default) or multiplicative seasonality
  --frequency  observations per season (default 12); below two seasons a linear trend is used instead
  --level      prediction-interval level (default 0.95)
  --json       print the full result as JSON (parameters, coefficients, SSE, forecasts with intervals)`;

const ZSeriesArgsSchema = z
  .object({
    series: z.string({ error: 'give the series file with --series FILE.csv' }).min(1, 'give the series file with --series FILE.csv'),
    horizon: z.coerce.number({ error: 'horizon must be a number' }).int('horizon must be a whole number of months').min(1, 'horizon must be at least 1').max(120, 'horizon must be at most 120'),
    seasonal: z.enum(['additive', 'multiplicative'], { error: 'seasonal must be additive or multiplicative' }).default('additive'),
    frequency: z.coerce.number().int('frequency must be a whole number').min(2, 'frequency must be at least 2').max(120, 'frequency must be at most 120').default(12),
    level: z.coerce.number().gt(0, 'level must be between 0 and 1').lt(1, 'level must be between 0 and 1').default(0.95),
    json: z.boolean().default(false),
  })
  .strict();

export type TCliIo = { out: (text: string) => void; err: (text: string) => void; readText: (file: string) => Promise<string> };
export const processIo: TCliIo = { out: (t) => console.log(t), err: (t) => console.error(t), readText: (f) => readFile(f, 'utf8') };

/**
 * `--series` mode: forecasts any monthly series from a CSV file, no database
 * needed. Returns the exit code: 0 on success, 1 with a clear message on bad
 * arguments, an unreadable file or a series that cannot be forecast.
 */
export async function runSeriesCli(argv: string[], io: TCliIo = processIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { series: { type: 'string' }, horizon: { type: 'string' }, seasonal: { type: 'string' }, frequency: { type: 'string' }, level: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 0) throw new z.ZodError([{ code: 'custom', path: [], message: `unexpected argument "${positionals[0]}"`, input: positionals }]);
    const args = ZSeriesArgsSchema.parse(values);
    const file = path.resolve(args.series);
    const text = await io.readText(file).catch((error: NodeJS.ErrnoException) => {
      throw new AppError('INVALID_INPUT', { message: `cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}` });
    });
    const report = seriesReport(text, args.series, args);
    io.out(args.json ? JSON.stringify(report, null, 2) : formatSeriesReport(report));
    return 0;
  } catch (error) {
    if (error instanceof z.ZodError) io.err(`${z.prettifyError(error)}\n\n${SERIES_USAGE}`);
    else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) io.err(`${error.message}\n\n${SERIES_USAGE}`);
    else if (error instanceof AppError) io.err(`[forecast] ${error.message}`);
    else throw error;
    return 1;
  }
}
