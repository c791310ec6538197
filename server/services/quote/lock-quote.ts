import { and, eq } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { quotes } from '~/db/schema';
import { AppError } from '~/domain/app-error';

export type TQuoteRow = typeof quotes.$inferSelect;

/**
 * Reads a quote of the organization FOR UPDATE, so concurrent changes of the
 * same quote queue, and checks the version the client edited. NOT_FOUND for
 * other organizations' ids; CONFLICT (with the current version) when stale.
 */
export async function lockQuote(tx: Tx, organizationId: string, id: string, version?: number): Promise<TQuoteRow> {
  const [quote] = await tx
    .select()
    .from(quotes)
    .where(and(eq(quotes.id, id), eq(quotes.organizationId, organizationId)))
    .for('update');
  if (!quote) throw new AppError('NOT_FOUND', { message: 'Quote not found.' });
  if (version !== undefined && quote.version !== version) {
    throw new AppError('CONFLICT', {
      message: `Quote ${quote.number} was changed by someone else meanwhile. Review the current version and try again.`,
      data: { version: quote.version, status: quote.status },
    });
  }
  return quote;
}
