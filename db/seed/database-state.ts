import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '~/db/client';
import * as schema from '~/db/schema';

/**
 * True when there is no organization and no user yet: a fresh install on
 * which the demo may be seeded.
 */
export async function isDatabaseEmpty(db: DbOrTx): Promise<boolean> {
  const [organization] = await db.select({ id: schema.organizations.id }).from(schema.organizations).limit(1);
  const [user] = await db.select({ id: schema.users.id }).from(schema.users).limit(1);
  return !organization && !user;
}

/**
 * Empties every table of the app schema in one TRUNCATE … CASCADE. drizzle's
 * own migration journal (schema "drizzle") is not part of it and survives.
 */
export async function truncateAllTables(tx: DbOrTx): Promise<void> {
  const names = (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => sql.identifier(getTableName(table)));
  await tx.execute(sql`truncate table ${sql.join(names, sql`, `)} restart identity cascade`);
}
