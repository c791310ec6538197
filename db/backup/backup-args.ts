import { parseArgs } from 'node:util';
import { z } from 'zod';

export const BACKUP_USAGE = `Usage: npm run db:backup [-- --out FILE]
  --out FILE   where to write the backup (default: DATA_DIR/backups/dealflow-<driver>-<UTC time>.<dump|tar.gz>)

Postgres (DATABASE_URL set): pg_dump custom format; the server may keep running.
PGlite (embedded, DATA_DIR): a gzipped data-dir tarball; stop the server first (it holds the database).`;

export const RESTORE_USAGE = `Usage: npm run db:restore -- FILE [--force]
  FILE      a backup made by db:backup (its format must match the configured database)
  --force   replace a database that is not empty (PGlite: the old data dir is moved aside, not deleted)

Postgres: pg_restore in one transaction into DATABASE_URL. PGlite: into DATA_DIR/pglite; stop the server first.`;

export const ZBackupArgsSchema = z
  .object({
    out: z.string().trim().min(1, 'give a file name after --out').optional(),
    help: z.boolean().default(false),
  })
  .strict();

export const ZRestoreArgsSchema = z
  .object({
    file: z.string({ error: 'give the backup file to restore' }).trim().min(1, 'give the backup file to restore'),
    force: z.boolean().default(false),
    help: z.boolean().default(false),
  })
  .strict();

export type TBackupArgs = z.infer<typeof ZBackupArgsSchema>;
export type TRestoreArgs = z.infer<typeof ZRestoreArgsSchema>;

/** `--out FILE` (and `--help`); unknown options throw. */
export function parseBackupArgs(argv: string[]): TBackupArgs {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  return ZBackupArgsSchema.parse(values);
}

/** One positional FILE, `--force` (and `--help`); unknown options throw. */
export function parseRestoreArgs(argv: string[]): TRestoreArgs {
  const { values, positionals } = parseArgs({ args: argv, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (positionals.length > 1) throw new z.ZodError([{ code: 'custom', path: ['file'], message: `one backup file only (got ${positionals.length})`, input: positionals }]);
  return ZRestoreArgsSchema.parse({ ...values, file: positionals[0] });
}

/** The message a person should see for a failed backup/restore command. */
export function describeCliError(error: unknown, usage: string, tag: string): string {
  if (error instanceof z.ZodError) return `${z.prettifyError(error)}\n\n${usage}`;
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return `${error.message}\n\n${usage}`;
  if (error instanceof Error && error.name === 'EnvError') return error.message;
  return `[${tag}] failed: ${error instanceof Error ? error.message : String(error)}`;
}
