import postgres from 'postgres';
import { findPgTool, runPgTool } from './pg-tools';

/** Backs the database of `url` up with `pg_dump --format=custom` into `file`. */
export async function backupPostgres(url: string, file: string): Promise<{ tool: string }> {
  const tool = await findPgTool('pg_dump');
  await runPgTool(tool.path, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
  return { tool: tool.version };
}

/** Tables in the target database outside the system schemas. */
async function countTables(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await sql<{ n: number }[]>`
      select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`;
    return row?.n ?? 0;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * Restores a custom-format dump into the database of `url` in one
 * transaction (all or nothing). A database that already has tables is
 * refused unless `force`: then every object of the dump is dropped and
 * recreated (`--clean --if-exists`); tables the dump does not know are left.
 */
export async function restorePostgres(url: string, file: string, opts: { force: boolean }): Promise<{ tool: string }> {
  const tables = await countTables(url);
  if (tables > 0 && !opts.force) {
    throw new Error(`The target database has ${tables} tables. Restore into an empty database, or pass --force to replace its contents with the backup.`);
  }
  const tool = await findPgTool('pg_restore');
  const clean = tables > 0 ? ['--clean', '--if-exists'] : [];
  await runPgTool(tool.path, ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', ...clean, `--dbname=${url}`, file]);
  return { tool: tool.version };
}
