import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { Db } from './client';
import { rowsOf } from './rows';

const dialect = new PgDialect();

/**
 * Runs a hot raw statement as a server-side prepared statement on Postgres
 * (postgres.js caches it per connection by its text, so it is parsed and
 * planned once instead of on every call: drizzle's `execute` never
 * prepares). On PGlite, which has no network round trip to save, it runs
 * through drizzle as usual. Returns the rows as the database names them.
 */
export async function queryPrepared<T>(db: Db, query: SQL): Promise<T[]> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (typeof client === 'function' && 'unsafe' in client) {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return (await (client as postgres.Sql).unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[];
  }
  return rowsOf<T>(await db.execute(query));
}
