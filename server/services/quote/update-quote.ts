import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { quotes } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { assertQuoteEditable } from '~/domain/documents/quote-status';
import type { TQuoteUpdateInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { publishDocChanges, quoteChanged } from './doc-changed';
import { lockQuote } from './lock-quote';

/** Changes a draft's validity date or notes (version-checked). Does not touch the approval: prices did not change. */
export async function updateQuote(db: Db, viewer: TViewer, input: TQuoteUpdateInput, publish: TPublish) {
  const quote = await db.transaction(async (tx) => {
    const current = await lockQuote(tx, viewer.organizationId, input.id, input.version);
    assertQuoteEditable(current.status);
    const validUntil = input.patch.validUntil === undefined ? current.validUntil : input.patch.validUntil;
    if (validUntil && validUntil < current.issueDate) {
      throw new AppError('INVALID_INPUT', { message: 'The quote cannot be valid until a day before it is issued.' });
    }
    const [updated] = await tx
      .update(quotes)
      .set({ validUntil, notes: input.patch.notes === undefined ? current.notes : input.patch.notes || null, version: current.version + 1, updatedAt: new Date() })
      .where(eq(quotes.id, current.id))
      .returning();
    return updated!;
  });
  publishDocChanges(publish, viewer.organizationId, [quoteChanged(quote, viewer.userId)]);
  return quote;
}
