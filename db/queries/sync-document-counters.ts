import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';

/**
 * Raises the document counters to the highest number already stored (after
 * a seed or an import wrote documents with their own numbers), so the next
 * number handed out never collides. Numbers look like `Q-2026-0001`.
 */
export async function syncDocumentCounters(tx: DbOrTx, organizationId: string): Promise<void> {
  for (const [table, type] of [['quotes', 'quote'], ['orders', 'order'], ['invoices', 'invoice']] as const) {
    await tx.execute(sql`
      insert into document_counters (organization_id, document_type, year, last_number)
      select organization_id, ${type}::document_type, split_part(number, '-', 2)::int, max(split_part(number, '-', 3)::int)
      from ${sql.identifier(table)}
      where organization_id = ${organizationId} and number ~ '^[A-Z]+-[0-9]{4}-[0-9]+$'
      group by organization_id, split_part(number, '-', 2)
      on conflict (organization_id, document_type, year)
      do update set last_number = greatest(document_counters.last_number, excluded.last_number)`);
  }
}
