import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDb, type TDbHandle } from '../client';
import { testDatabaseUrl, withDatabase } from './postgres-admin';

/**
 * A clean, migrated database for one test file: a PGlite loaded from the
 * run's snapshot, or a fresh Postgres database cloned from the template.
 * `reset()` empties every table between tests; `drop()` disposes of it.
 */
export async function createTestDb(): Promise<TDbHandle & { reset: () => Promise<void>; drop: () => Promise<void> }> {
  const url = testDatabaseUrl();
  if (url) {
    const name = `dealflow_t_${randomBytes(6).toString('hex')}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${inject('postgresTemplate')}`);
    const handle = await openDb({ driver: 'postgres', url: withDatabase(url, name), max: 10 });
    return {
      ...handle,
      reset: () => truncateAll(handle),
      drop: async () => {
        await handle.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const snapshot = readFileSync(inject('pgliteSnapshot'));
  const handle = await openDb({ driver: 'pglite', loadDataDir: new Blob([snapshot]) });
  return { ...handle, reset: () => truncateAll(handle), drop: () => handle.close() };
}

async function truncateAll(handle: TDbHandle) {
  await handle.db.execute(sql`
    do $$ declare r record; begin
      for r in select tablename from pg_tables where schemaname = 'public' loop
        execute 'truncate table ' || quote_ident(r.tablename) || ' cascade';
      end loop;
    end $$;`);
}
