import { getTableColumns, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '~/db/client';

/** Rows per INSERT statement (one JSON parameter each). */
const CHUNK_ROWS = 1000;

/**
 * Multi-row insert through one JSON parameter per chunk:
 * `insert into t (cols) select cols from json_populate_recordset(null::t, $1)`
 * (shared by the seed and the importers: Postgres parses the JSON natively, several times
 * faster than VALUES lists with thousands of bind parameters). Every row must
 * set the same keys; a missing key would be NULL, not the column default.
 */
export async function insertJsonRows<T extends PgTable>(tx: DbOrTx, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns: Record<string, { name: string; keyAsName: boolean }> = getTableColumns(table);
  const keys = Object.keys(rows[0]!);
  const names = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`insertJsonRows: ${key} is not a column of this table`);
    return column.keyAsName ? toSnakeCase(key) : column.name;
  });
  for (const row of rows) {
    if (Object.keys(row).length !== keys.length || keys.some((key) => !(key in row))) {
      throw new Error(`insertJsonRows: rows of one table must set the same columns (${keys.join(', ')})`);
    }
  }
  const list = sql.join(names.map((name) => sql.identifier(name)), sql`, `);
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const chunk = rows.slice(i, i + CHUNK_ROWS).map((row) => {
      const values = row as Record<string, unknown>;
      return Object.fromEntries(keys.map((key, k) => [names[k], values[key]]));
    });
    await tx.execute(sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(chunk)}::json)`);
  }
}
