import { and, eq } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { quoteLines } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TQuoteRow } from './lock-quote';

/** A line of the (locked) quote; NOT_FOUND for a line of another quote. */
export async function findQuoteLine(tx: Tx, quote: TQuoteRow, lineId: string): Promise<typeof quoteLines.$inferSelect> {
  const [line] = await tx
    .select()
    .from(quoteLines)
    .where(and(eq(quoteLines.id, lineId), eq(quoteLines.quoteId, quote.id), eq(quoteLines.organizationId, quote.organizationId)));
  if (!line) throw new AppError('NOT_FOUND', { message: 'Line not found on this quote.' });
  return line;
}

/** The entries whose value is not undefined (a patch's given fields). */
export function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
