import { mkdirSync, openSync, readSync, closeSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { TEnv } from '~/env';
import { backupPglite, restorePglite } from './pglite-backup';
import { backupPostgres, restorePostgres } from './postgres-backup';

type TBackupEnv = Pick<TEnv, 'DATABASE_URL' | 'DATA_DIR'>;
export type TBackupDriver = 'postgres' | 'pglite';

const driverOf = (env: TBackupEnv): TBackupDriver => (env.DATABASE_URL ? 'postgres' : 'pglite');
const pgliteDir = (env: TBackupEnv) => path.resolve(env.DATA_DIR, 'pglite');

/** What a backup file holds, from its first bytes: `PGDMP` (pg_dump custom format) or gzip (a PGlite tarball). */
export function backupFormatOf(file: string): TBackupDriver | null {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return null;
}

/** Backs the configured database up to `out` (default DATA_DIR/backups/…); returns the file written. */
export async function runBackup(env: TBackupEnv, opts: { out?: string; now: Date }): Promise<{ driver: TBackupDriver; file: string; detail: string }> {
  const driver = driverOf(env);
  const stamp = opts.now.toISOString().replace(/[:.]/g, '-');
  const file = path.resolve(opts.out ?? path.join(env.DATA_DIR, 'backups', `dealflow-${driver}-${stamp}.${driver === 'postgres' ? 'dump' : 'tar.gz'}`));
  mkdirSync(path.dirname(file), { recursive: true });
  if (env.DATABASE_URL) {
    const { tool } = await backupPostgres(env.DATABASE_URL, file);
    return { driver, file, detail: tool };
  }
  const { bytes } = await backupPglite(pgliteDir(env), file);
  return { driver, file, detail: `${bytes} bytes` };
}

/** Restores `file` into the configured database; the file's format must match it. */
export async function runRestore(env: TBackupEnv, opts: { file: string; force: boolean; now: Date }): Promise<{ driver: TBackupDriver; detail: string }> {
  const driver = driverOf(env);
  const file = path.resolve(opts.file);
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const format = backupFormatOf(file);
  if (format === null) throw new Error(`${file} is neither a pg_dump custom-format file nor a PGlite tarball.`);
  if (format !== driver) {
    throw new Error(`${file} is a ${format} backup but the configured database is ${driver} (${driver === 'postgres' ? 'DATABASE_URL is set' : 'DATABASE_URL is not set'}).`);
  }
  if (env.DATABASE_URL) {
    const { tool } = await restorePostgres(env.DATABASE_URL, file, opts);
    return { driver, detail: tool };
  }
  const { movedAside } = await restorePglite(pgliteDir(env), file, opts);
  return { driver, detail: movedAside ? `previous data dir kept at ${movedAside}` : 'into an empty data dir' };
}
