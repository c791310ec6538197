import type { Db, Tx } from '~/db/client';
import { approvalAfterLineEdit } from '~/domain/documents/quote-approval';
import { assertQuoteEditable } from '~/domain/documents/quote-status';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { publishDocChanges, quoteChanged } from './doc-changed';
import { lockQuote, type TQuoteRow } from './lock-quote';
import { recomputeQuote } from './recompute-quote';

/**
 * Runs one line change on a draft quote in a transaction: locks the quote
 * and checks its version (CONFLICT when stale), refuses non-drafts and
 * quotes waiting for approval, applies the change, then recomputes the
 * totals and resets any approval decision. Publishes `doc:changed`.
 */
export async function editQuoteLines(db: Db, viewer: TViewer, quoteId: string, version: number, publish: TPublish, change: (tx: Tx, quote: TQuoteRow) => Promise<void>) {
  const quote = await db.transaction(async (tx) => {
    const current = await lockQuote(tx, viewer.organizationId, quoteId, version);
    assertQuoteEditable(current.status);
    const approval = approvalAfterLineEdit(current.approvalStatus);
    await change(tx, current);
    return recomputeQuote(tx, current, approval);
  });
  publishDocChanges(publish, viewer.organizationId, [quoteChanged(quote, viewer.userId)]);
  return quote;
}

