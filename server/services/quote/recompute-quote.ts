import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { quoteLines, quotes } from '~/db/schema';
import type { TApprovalStatus } from '~/domain/documents/quote-approval';
import { quoteTotals } from '~/domain/documents/quote-totals';
import type { TQuoteRow } from './lock-quote';

/**
 * After a line change, inside the same transaction: renumbers positions,
 * sums the already rounded lines into the quote's net/tax/gross, stores the
 * approval status, and bumps the version. The quote must be locked. A reset
 * approval keeps the last decision's who/when/why for the record.
 */
export async function recomputeQuote(tx: Tx, quote: TQuoteRow, approvalStatus: TApprovalStatus): Promise<TQuoteRow> {
  const lines = await tx
    .select({ id: quoteLines.id, position: quoteLines.position, quantity: quoteLines.quantity, unitPriceMinor: quoteLines.unitPriceMinor, discountBps: quoteLines.discountBps, taxRateBps: quoteLines.taxRateBps })
    .from(quoteLines)
    .where(and(eq(quoteLines.quoteId, quote.id), eq(quoteLines.organizationId, quote.organizationId)))
    .orderBy(asc(quoteLines.position), asc(quoteLines.id));
  for (const [index, line] of lines.entries()) {
    if (line.position !== index + 1) await tx.update(quoteLines).set({ position: index + 1 }).where(eq(quoteLines.id, line.id));
  }
  const { totals } = quoteTotals(lines);
  const [updated] = await tx
    .update(quotes)
    .set({ ...totals, approvalStatus, version: quote.version + 1, updatedAt: new Date() })
    .where(eq(quotes.id, quote.id))
    .returning();
  return updated!;
}

