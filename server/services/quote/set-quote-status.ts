import { eq } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { quotes } from '~/db/schema';
import { assertQuoteTransition } from '~/domain/documents/quote-status';
import type { TQuoteActionInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { publishDocChanges, quoteChanged } from './doc-changed';
import { lockQuote, type TQuoteRow } from './lock-quote';

/** The customer's answer, or the quote running out. */
export type TQuoteOutcome = 'accepted' | 'rejected' | 'expired';

/** Records the customer's answer on a sent quote (or its expiry); illegal moves answer INVALID_INPUT. */
export async function setQuoteStatus(db: Db, viewer: TViewer, input: TQuoteActionInput, to: TQuoteOutcome, publish: TPublish) {
  const quote = await db.transaction(async (tx) => applyQuoteStatus(tx, await lockQuote(tx, viewer.organizationId, input.id, input.version), to));
  publishDocChanges(publish, viewer.organizationId, [quoteChanged(quote, viewer.userId)]);
  return quote;
}

/** The status change on a locked quote, inside the caller's transaction. */
export async function applyQuoteStatus(tx: Tx, current: TQuoteRow, to: TQuoteOutcome): Promise<TQuoteRow> {
  assertQuoteTransition(current.status, to);
  const now = new Date();
  const [updated] = await tx
    .update(quotes)
    .set({ status: to, decidedAt: now, version: current.version + 1, updatedAt: now })
    .where(eq(quotes.id, current.id))
    .returning();
  return updated!;
}
