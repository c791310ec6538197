import { and, count, eq, max } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { quoteLines } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { approvalRequired } from '~/domain/documents/quote-approval';
import type { TQuoteRow } from './lock-quote';
import { quoteOrgSettings } from './org-settings';

/**
 * Whether the quote's lines need a manager's approval under the
 * organization's threshold, with the numbers a message or notification
 * needs. Refuses a quote without lines: nothing to send or approve.
 */
export async function approvalCheck(tx: Tx, quote: TQuoteRow) {
  const { thresholdBps } = await quoteOrgSettings(tx, quote.organizationId);
  const [lines] = await tx
    .select({ count: count(), maxDiscountBps: max(quoteLines.discountBps) })
    .from(quoteLines)
    .where(and(eq(quoteLines.quoteId, quote.id), eq(quoteLines.organizationId, quote.organizationId)));
  if (!lines?.count) throw new AppError('INVALID_INPUT', { message: `Quote ${quote.number} has no lines yet; add at least one.` });
  const maxDiscountBps = Number(lines.maxDiscountBps ?? 0);
  return { required: approvalRequired([{ discountBps: maxDiscountBps }], thresholdBps), maxDiscountBps, thresholdBps };
}
