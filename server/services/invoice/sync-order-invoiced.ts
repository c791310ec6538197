import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from '~/db/client';
import { invoiceLines, invoices, orderLines } from '~/db/schema';
import { isFullyInvoiced, type TInvoicedLine } from '~/domain/documents/partial-invoicing';
import type { TInvoiceStatus } from '~/domain/documents/invoice-status';
import type { TPublish } from '~/server/trpc/context';
import type { TOrderRow } from '../order/lock-order';
import { recordOrderStatus } from '../order/record-order-status';

/**
 * Lines of the order's invoices in the given states, for remaining-quantity
 * math: over-invoicing counts every non-cancelled invoice (drafts included),
 * while "invoiced" counts only issued ones (authorized or paid).
 */
export async function invoicedLinesOf(db: DbOrTx, orderId: string, statuses: readonly TInvoiceStatus[]): Promise<TInvoicedLine[]> {
  return db
    .select({ orderLineId: invoiceLines.orderLineId, quantity: invoiceLines.quantity })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(and(eq(invoices.orderId, orderId), inArray(invoices.status, [...statuses])));
}

export const ISSUED: readonly TInvoiceStatus[] = ['authorized', 'paid'];
export const NOT_CANCELLED: readonly TInvoiceStatus[] = ['draft', 'authorized', 'paid'];

/**
 * Keeps a locked order's 'invoiced' state in line with its issued invoices:
 * a delivered order whose every line is covered by authorized or paid
 * invoices becomes 'invoiced'; an invoiced order that no longer is (an
 * invoice was cancelled) goes back to 'delivered'. Orders not yet delivered
 * stay as they are; delivering them later runs this again.
 */
export async function syncOrderInvoiced(tx: Tx, order: TOrderRow, actorId: string | null, now: Date) {
  if (order.status !== 'delivered' && order.status !== 'invoiced') return { order, push: (_: TPublish) => {}, changed: false };
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
  const full = isFullyInvoiced(lines, await invoicedLinesOf(tx, order.id, ISSUED));
  const target = full ? 'invoiced' : 'delivered';
  if (target === order.status) return { order, push: (_: TPublish) => {}, changed: false };
  const result = await recordOrderStatus(tx, order, target, actorId, 'invoicing', now);
  return { ...result, changed: true };
}
