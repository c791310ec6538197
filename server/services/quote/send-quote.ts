import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { quotes } from '~/db/schema';
import { assertCanSend } from '~/domain/documents/quote-approval';
import { assertQuoteTransition } from '~/domain/documents/quote-status';
import type { TQuoteActionInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { approvalCheck } from './approval-check';
import { publishDocChanges, quoteChanged } from './doc-changed';
import { lockQuote } from './lock-quote';

/**
 * Marks a draft as sent to the customer. Refused without lines, while an
 * approval is pending or was rejected, and when a discount above the
 * threshold has no approval yet.
 */
export async function sendQuote(db: Db, viewer: TViewer, input: TQuoteActionInput, publish: TPublish) {
  const quote = await db.transaction(async (tx) => {
    const current = await lockQuote(tx, viewer.organizationId, input.id, input.version);
    assertQuoteTransition(current.status, 'sent');
    const { required } = await approvalCheck(tx, current);
    assertCanSend(required, current.approvalStatus);
    const now = new Date();
    const [updated] = await tx
      .update(quotes)
      .set({ status: 'sent', sentAt: now, version: current.version + 1, updatedAt: now })
      .where(eq(quotes.id, current.id))
      .returning();
    return updated!;
  });
  publishDocChanges(publish, viewer.organizationId, [quoteChanged(quote, viewer.userId)]);
  return quote;
}
