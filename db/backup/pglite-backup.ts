import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../data-dir-lock';

/**
 * Dumps a PGlite data dir to a gzipped tarball (PGlite's `dumpDataDir`). The
 * data dir is locked meanwhile; a running server holds that lock, so stop it
 * first (PGlite is single-process).
 */
export async function backupPglite(dataDir: string, file: string): Promise<{ bytes: number }> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`No PGlite database in ${dataDir}.`);
  const release = lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(dataDir);
    try {
      const dump = await pglite.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      writeFileSync(file, bytes);
      return { bytes: bytes.length };
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}

/**
 * Loads a `backupPglite` tarball into `dataDir`. Refuses a data dir in use
 * (its lock) and, unless `force`, one that is not empty; with `force` the old
 * directory is moved aside to `<dir>.before-restore-<time>` rather than
 * deleted. The restored database is opened once to prove it starts.
 */
export async function restorePglite(dataDir: string, file: string, opts: { force: boolean; now?: Date }): Promise<{ movedAside?: string }> {
  const release = lockDataDir(dataDir);
  try {
    let movedAside: string | undefined;
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      if (!opts.force) throw new Error(`${dataDir} is not empty. Restore into an empty or new DATA_DIR, or pass --force (the current data dir is kept as <dir>.before-restore-<time>).`);
      movedAside = `${dataDir}.before-restore-${(opts.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dataDir, movedAside);
    }
    const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
    try {
      await pglite.query('select 1');
    } finally {
      await pglite.close();
    }
    return { movedAside };
  } finally {
    release();
  }
}
