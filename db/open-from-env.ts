import path from 'node:path';
import type { TEnv } from '~/env';
import { openDb, type TDbHandle } from './client';
import { lockDataDir } from './data-dir-lock';
import { runMigrations } from './migrate';

/**
 * Opens the configured database and applies migrations: Postgres when
 * DATABASE_URL is set, otherwise embedded PGlite in `${DATA_DIR}/pglite`
 * (locked against a second process).
 */
export async function openDbFromEnv(env: Pick<TEnv, 'DATABASE_URL' | 'DATA_DIR'>): Promise<TDbHandle> {
  let handle: TDbHandle;
  if (env.DATABASE_URL) {
    handle = await openDb({ driver: 'postgres', url: env.DATABASE_URL });
  } else {
    const dataDir = path.resolve(env.DATA_DIR, 'pglite');
    const release = lockDataDir(dataDir);
    try {
      const opened = await openDb({ driver: 'pglite', dataDir });
      handle = { ...opened, close: () => opened.close().finally(release) };
    } catch (error) {
      release();
      throw error;
    }
  }
  try {
    await runMigrations(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
