import { and, asc, eq, ne } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { orderLines, orders, orderStatusChanges, quoteLines } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TDocChanged } from '~/domain/schemas/doc-event';
import { nextDocumentNumber } from '../numbering/next-document-number';
import type { TViewer } from '../viewer';
import { utcDay } from './dates';
import type { TQuoteRow } from './lock-quote';

export type TOrderRow = typeof orders.$inferSelect;

/**
 * Creates the order of an accepted quote inside the caller's transaction:
 * status `entered`, dated today (UTC day, see utcDay), the quote's totals,
 * one order line per quote line (order_lines.quoteLineId keeps the link),
 * orders.quoteId and opportunityId keep the chain, and an
 * order_status_changes row (none → entered) records who. Numbered
 * SO-YYYY-NNNN last, to hold the counter lock briefly. A quote converts once
 * (a cancelled order does not count).
 */
export async function createOrderFromQuote(tx: Tx, viewer: TViewer, quote: TQuoteRow, now: Date): Promise<TOrderRow> {
  const [existing] = await tx
    .select({ number: orders.number })
    .from(orders)
    .where(and(eq(orders.organizationId, quote.organizationId), eq(orders.quoteId, quote.id), ne(orders.status, 'cancelled')));
  if (existing) throw new AppError('INVALID_INPUT', { message: `Quote ${quote.number} is already converted to order ${existing.number}.` });
  const lines = await tx
    .select()
    .from(quoteLines)
    .where(and(eq(quoteLines.quoteId, quote.id), eq(quoteLines.organizationId, quote.organizationId)))
    .orderBy(asc(quoteLines.position));
  if (!lines.length) throw new AppError('INVALID_INPUT', { message: `Quote ${quote.number} has no lines to order.` });
  const orderDate = utcDay(now);
  const number = await nextDocumentNumber(tx, quote.organizationId, 'order', now.getUTCFullYear());
  const [order] = await tx
    .insert(orders)
    .values({
      organizationId: quote.organizationId,
      number,
      quoteId: quote.id,
      opportunityId: quote.opportunityId,
      customerId: quote.customerId,
      status: 'entered',
      orderDate,
      ownerId: quote.ownerId ?? viewer.userId,
      currency: quote.currency,
      netMinor: quote.netMinor,
      taxMinor: quote.taxMinor,
      grossMinor: quote.grossMinor,
    })
    .returning();
  await tx.insert(orderLines).values(
    lines.map((line) => ({
      organizationId: line.organizationId,
      orderId: order!.id,
      quoteLineId: line.id,
      position: line.position,
      productId: line.productId,
      description: line.description,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      discountBps: line.discountBps,
      taxRateBps: line.taxRateBps,
      netMinor: line.netMinor,
      taxMinor: line.taxMinor,
      grossMinor: line.grossMinor,
    })),
  );
  await tx.insert(orderStatusChanges).values({ organizationId: quote.organizationId, orderId: order!.id, fromStatus: null, toStatus: 'entered', actorId: viewer.userId });
  return order!;
}

/** The `doc:changed` payload for a new order. */
export function orderCreated(order: TOrderRow, actorId: string): TDocChanged {
  return { type: 'order', id: order.id, opportunityId: order.opportunityId, customerId: order.customerId, status: order.status, actorId };
}
