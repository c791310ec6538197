import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { quoteLines } from '~/db/schema';
import type { TQuoteRemoveLineInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { editQuoteLines } from './edit-quote-lines';
import { findQuoteLine } from './quote-line-helpers';

/** Removes a line; the others are renumbered. */
export function removeQuoteLine(db: Db, viewer: TViewer, input: TQuoteRemoveLineInput, publish: TPublish) {
  return editQuoteLines(db, viewer, input.quoteId, input.version, publish, async (tx, quote) => {
    const line = await findQuoteLine(tx, quote, input.lineId);
    await tx.delete(quoteLines).where(eq(quoteLines.id, line.id));
  });
}

