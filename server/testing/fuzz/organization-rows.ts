import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { rowsOf } from '~/db/rows';

/**
 * A digest of every row of one organization (each table with an
 * `organization_id` column, plus the organization itself), to prove a fuzz
 * run changed nothing of another organization. Rows are read in a stable
 * order as JSON text.
 */
export async function organizationDigest(db: Db, organizationId: string): Promise<{ rows: number; digest: string }> {
  const tables = rowsOf<{ table_name: string }>(await db.execute(sql`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'organization_id' order by table_name`));
  const hash = createHash('sha256');
  let rows = 0;
  for (const { table_name: table } of [...tables, { table_name: 'organizations' }]) {
    const column = table === 'organizations' ? sql.raw('id') : sql.raw('organization_id');
    const result = rowsOf<{ rows: string; n: number }>(await db.execute(sql`
      select coalesce(json_agg(t order by t::text), '[]'::json)::text as rows, count(*)::int as n
      from ${sql.identifier(table)} t where ${column} = ${organizationId}`));
    hash.update(`${table}:${result[0]!.rows}\n`);
    rows += result[0]!.n;
  }
  return { rows, digest: hash.digest('hex') };
}
