import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runDatasetImport } from '~/db/import/run-dataset-import';
import { openDbFromEnv } from '~/db/open-from-env';
import { AppError } from '~/domain/app-error';
import { describeIssue } from '~/domain/import/issue';
import { EnvError, getEnv } from '~/env';
import { findOrganization } from './find-organization';
import { readDatasetFolder } from './read-dataset-folder';

const USAGE = `Usage: npm run import -- <folder> [--org <slug>] [--usd-rate <rate>]
  <folder>   a folder with accounts.csv, products.csv, sales_teams.csv and sales_pipeline.csv
             (the CRM sample data set, e.g. ../shared/data/crm-sales-opportunities or its copy in db/testing/data)
  --org      slug of the organization to import into (optional when there is only one)
  --usd-rate 1 USD in the organization's currency, e.g. 0.92 (required unless it reports in USD)

All or nothing: if any row has an error, nothing is written. Uses DATABASE_URL,
else the embedded database in DATA_DIR (stop the server first: it holds that database).`;

const ZArgsSchema = z
  .object({
    folder: z.string({ error: 'give the folder with the CSV files' }).min(1, 'give the folder with the CSV files'),
    org: z.string().regex(/^[a-z0-9-]+$/, 'must be an organization slug such as ebro-automatizacion').optional(),
    usdRate: z.string().optional(),
    help: z.boolean().default(false),
  })
  .strict();

/**
 * `npm run import -- <folder> [--org <slug>]`: imports the CRM sample data
 * set, prints the reconciliation counts and every warning, and exits 1 when
 * the import is refused (with every error) or cannot run.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { org: { type: 'string' }, 'usd-rate': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) return void console.log(USAGE);
  if (positionals.length > 1) throw new z.ZodError([{ code: 'custom', path: ['folder'], message: `one folder only (got ${positionals.length})`, input: positionals }]);
  const args = ZArgsSchema.parse({ org: values.org, help: values.help, usdRate: values['usd-rate'], folder: positionals[0] });
  const tables = readDatasetFolder(path.resolve(args.folder));
  const handle = await openDbFromEnv(getEnv());
  try {
    const org = await findOrganization(handle.db, args.org);
    console.log(`[import] ${path.resolve(args.folder)} → ${org.name} (${org.slug}), database ${handle.driver} (${handle.location})`);
    const result = await runDatasetImport(handle.db, { organizationId: org.id, userId: null, tables, commit: true, usdRate: args.usdRate });
    const warnings = result.issues.filter((i) => i.severity === 'warning');
    const errors = result.issues.filter((i) => i.severity === 'error');
    for (const w of warnings) console.log(`  warning  ${describeIssue(w)}`);
    for (const e of errors.slice(0, 200)) console.error(`  error    ${describeIssue(e)}`);
    if (errors.length > 200) console.error(`  … and ${errors.length - 200} more errors (all are in the import run's report).`);
    const c = result.counts;
    if (c.deals !== undefined) {
      console.log(`[import] files: ${c.accounts} accounts, ${c.products} products, ${c.agents} agents (+${c.managers} managers, ${c.teams} teams), ${c.deals?.toLocaleString('en')} deals: ${c.won?.toLocaleString('en')} won, ${c.lost?.toLocaleString('en')} lost, ${c.open?.toLocaleString('en')} open`);
      console.log(`[import] median sales cycle ${result.medianCycleDays} days (expected close of open deals without close_date)`);
    }
    if (result.status !== 'imported') {
      console.error(`[import] refused: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written (run ${result.runId}).`);
      process.exitCode = 1;
      return;
    }
    console.log(`[import] imported in ${(result.elapsedMs / 1000).toFixed(1)} s: ${c.customersCreated} customers, ${c.productsCreated} products, ${c.usersCreated} users created (run ${result.runId}).`);
    console.log('[import] imported people have no password: invite them from Settings to let them sign in.');
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof EnvError) console.error(error.message);
  else if (error instanceof z.ZodError) console.error(`${z.prettifyError(error)}\n\n${USAGE}`);
  else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof AppError || error instanceof Error) console.error(`[import] failed: ${error.message}`);
  else console.error('[import] failed:', error);
  process.exitCode = 1;
});
