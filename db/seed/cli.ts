import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDbFromEnv } from '~/db/open-from-env';
import { EnvError, getEnv } from '~/env';
import { demoLogins, DEMO_PASSWORD, isDatabaseEmpty, resetAndSeed, seedDemo } from './index';

const USAGE = `Usage: npm run db:seed [-- --reset] [-- --now 2026-03-15]
  --reset   delete ALL data in the database, then seed the demo
  --now     pretend today is this date (data is anchored to its UTC day)`;

const ZArgsSchema = z
  .object({
    reset: z.boolean().default(false),
    now: z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'must be a date such as 2026-03-15' })
      .optional(),
    help: z.boolean().default(false),
  })
  .strict();

/**
 * `npm run db:seed`: opens the database like the server (DATABASE_URL →
 * Postgres, else PGlite in DATA_DIR), applies migrations and seeds the demo
 * unless it already has data; `--reset` wipes everything first.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { reset: { type: 'boolean' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  const args = ZArgsSchema.parse(values);
  if (args.help) return void console.log(USAGE);
  const now = args.now ? new Date(args.now) : new Date();
  const handle = await openDbFromEnv(getEnv());
  try {
    console.log(`[seed] database: ${handle.driver} (${handle.location})`);
    if (!args.reset && !(await isDatabaseEmpty(handle.db))) {
      console.log('[seed] the database already has data; nothing to do (use --reset to wipe it and seed again).');
      return;
    }
    const started = performance.now();
    const summary = args.reset ? await resetAndSeed(handle.db, { now }) : await seedDemo(handle.db, { now });
    const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(`[seed] demo organization seeded: ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`[seed] ${summary.rows.customers} customers, ${summary.rows.opportunities} opportunities, ${summary.rows.invoices} invoices`);
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const login of demoLogins) console.log(`  ${login.role.padEnd(8)} ${login.email}  (${login.name})`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else if (error instanceof z.ZodError) console.error(`${z.prettifyError(error)}\n\n${USAGE}`);
  else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) console.error(`${error.message}\n\n${USAGE}`);
  else console.error('[seed] failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
