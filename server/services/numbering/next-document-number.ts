import { sql } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import { formatDocumentNumber, type TDocumentType } from '~/domain/documents/document-number';

/**
 * Takes the next number of a document type for the organization and year,
 * inside the creating transaction. The counter row stays locked until the
 * transaction ends, so concurrent creations queue on it (no duplicates), and
 * a rollback gives the number back (no gaps). Keep the rest of the
 * transaction short after calling this.
 */
export async function nextDocumentNumber(tx: Tx, organizationId: string, type: TDocumentType, year: number): Promise<string> {
  const result = await tx.execute(sql`
    insert into document_counters (organization_id, document_type, year, last_number)
    values (${organizationId}, ${type}, ${year}, 1)
    on conflict (organization_id, document_type, year)
    do update set last_number = document_counters.last_number + 1
    returning last_number`);
  const n = Number(rowsOf<{ last_number: number | string }>(result)[0]!.last_number);
  return formatDocumentNumber(type, year, n);
}
