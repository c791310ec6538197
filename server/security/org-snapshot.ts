import { sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { rowsOf } from '~/db/rows';

/** Every public table with an organization_id column (business rows, members, teams...). */
async function organizationTables(db: Db): Promise<string[]> {
  const result = await db.execute(sql`
    select table_name as name from information_schema.columns
    where table_schema = 'public' and column_name = 'organization_id' order by table_name`);
  return rowsOf<{ name: string }>(result).map((r) => r.name);
}

/**
 * Every row an organization owns, as sorted JSON lines per table (plus its
 * organizations row). Two equal snapshots mean nothing of it changed.
 */
export async function snapshotOrganization(db: Db, organizationId: string): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  const own = await db.execute(sql`select to_jsonb(o)::text as row from organizations o where id = ${organizationId}`);
  snapshot.organizations = rowsOf<{ row: string }>(own).map((r) => r.row);
  for (const table of await organizationTables(db)) {
    const result = await db.execute(sql`select to_jsonb(t)::text as row from ${sql.identifier(table)} t where organization_id = ${organizationId}`);
    snapshot[table] = rowsOf<{ row: string }>(result).map((r) => r.row).sort();
  }
  return snapshot;
}

/**
 * Ids of every row of the organization, its members' user ids and its own id:
 * finding one in another organization's answer or rows is a leak.
 */
export async function organizationIds(db: Db, organizationId: string): Promise<Set<string>> {
  const ids = new Set<string>([organizationId]);
  for (const rows of Object.values(await snapshotOrganization(db, organizationId))) {
    for (const row of rows) {
      const { id, user_id: userId } = JSON.parse(row) as { id?: unknown; user_id?: unknown };
      if (typeof id === 'string') ids.add(id);
      if (typeof userId === 'string') ids.add(userId);
    }
  }
  return ids;
}

/** The first of `ids` that occurs in `value` (serialized), or null. */
export function findLeakedId(value: unknown, ids: Set<string>): string | null {
  const text = JSON.stringify(value) ?? '';
  for (const id of ids) if (text.includes(id)) return id;
  return null;
}
