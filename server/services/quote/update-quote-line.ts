import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { quoteLines } from '~/db/schema';
import { lineTotals } from '~/domain/money/line-totals';
import type { TQuoteUpdateLineInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { editQuoteLines } from './edit-quote-lines';
import { definedOnly, findQuoteLine } from './quote-line-helpers';

/** Changes a line's description, quantity, price, discount or tax rate. */
export function updateQuoteLine(db: Db, viewer: TViewer, input: TQuoteUpdateLineInput, publish: TPublish) {
  return editQuoteLines(db, viewer, input.quoteId, input.version, publish, async (tx, quote) => {
    const line = await findQuoteLine(tx, quote, input.lineId);
    const next = { ...line, ...definedOnly(input.patch) };
    await tx
      .update(quoteLines)
      .set({ ...definedOnly(input.patch), ...lineTotals(next) })
      .where(eq(quoteLines.id, line.id));
  });
}

