import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { takeTurns } from './pglite-turns';
import * as schema from './schema';

export type TSchema = typeof schema;

/** The database type services use; both drivers satisfy it. */
export type Db = PgDatabase<PgQueryResultHKT, TSchema>;
export type Tx = PgTransaction<PgQueryResultHKT, TSchema, ExtractTablesWithRelations<TSchema>>;
/** Anything a query can run on: the database or an open transaction. */
export type DbOrTx = Db | Tx;

export type TDriver = 'pglite' | 'postgres';

/** An open database plus what the server needs to manage its life cycle. */
export type TDbHandle = {
  db: Db;
  driver: TDriver;
  /** Where the data lives: the PGlite directory or the redacted Postgres URL. */
  location: string;
  close: () => Promise<void>;
  /** Low-level access for migrations and advisory locks. */
  pglite?: PGlite;
  sql?: postgres.Sql;
  /** The Postgres connection URL (postgres driver only). */
  url?: string;
};

export type TOpenDbOptions =
  | { driver: 'postgres'; url: string; max?: number }
  | { driver: 'pglite'; dataDir?: string; loadDataDir?: Blob };

/**
 * Opens PGlite (embedded; `dataDir` undefined = in memory) or Postgres.
 * PGlite does not create parent directories, so we do.
 */
export async function openDb(options: TOpenDbOptions): Promise<TDbHandle> {
  if (options.driver === 'postgres') {
    const sql = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      connect_timeout: 5,
      idle_timeout: 30,
      // Reconnect within 0.5 s once the server is back (the default backoff grows to 20 s during an outage).
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
    });
    const db = drizzlePostgres({ client: sql, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      driver: 'postgres',
      location: options.url.replace(/\/\/[^@/]*@/, '//***@'),
      sql,
      url: options.url,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const pglite = takeTurns(await PGlite.create(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}));
  const db = drizzlePglite({ client: pglite, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    location: dataDir ?? 'memory://',
    pglite,
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}
