import { asc, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { customers, invoiceLines, invoices, orderLines, organizations } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { dueDate, isoDateIn } from '~/domain/documents/due-date';
import { planInvoiceLines } from '~/domain/documents/partial-invoicing';
import { documentTotals } from '~/domain/money/document-totals';
import type { TInvoiceCreateFromOrderInput } from '~/domain/schemas/invoice';
import type { TPublish } from '~/server/trpc/context';
import { publishDocChanged } from '../document-chain/publish-doc-changed';
import { nextDocumentNumber } from '../numbering/next-document-number';
import { lockOrder } from '../order/lock-order';
import type { TViewer } from '../viewer';
import { getInvoice } from './get-invoice';
import { invoicedLinesOf, NOT_CANCELLED } from './sync-order-invoiced';

/**
 * Creates a draft invoice for an order, in full (no `lines`: everything not
 * yet on a non-cancelled invoice) or for the given quantities per order line.
 * One transaction: the order row is locked (so two concurrent invoices cannot
 * both take the same remaining quantity), the lines are planned and priced
 * per line (domain/money), the due date comes from the customer's payment
 * terms, and the number INV-YYYY-NNNN is taken last, in the same transaction
 * (gapless: a rollback returns it). Each line keeps its orderLineId.
 */
export async function createInvoiceFromOrder(db: Db, viewer: TViewer, input: TInvoiceCreateFromOrderInput, publish: TPublish, now: Date = new Date()) {
  const invoice = await db.transaction(async (tx) => {
    const order = await lockOrder(tx, viewer.organizationId, input.orderId);
    if (order.status === 'entered') throw new AppError('INVALID_INPUT', { message: `Confirm order ${order.number} before invoicing it.` });
    if (order.status === 'cancelled') throw new AppError('INVALID_INPUT', { message: `Order ${order.number} is cancelled and cannot be invoiced.` });
    if (order.status === 'invoiced') throw new AppError('INVALID_INPUT', { message: `Order ${order.number} is already fully invoiced.` });
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.position));
    const requested = input.lines ? new Map(input.lines.map((l) => [l.orderLineId, l.quantity])) : null;
    const planned = planInvoiceLines(lines, await invoicedLinesOf(tx, order.id, NOT_CANCELLED), requested);
    const [customer] = await tx.select({ paymentTermsDays: customers.paymentTermsDays }).from(customers).where(eq(customers.id, order.customerId));
    const [org] = await tx.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, viewer.organizationId));
    const issueDate = input.issueDate ?? isoDateIn(now, org!.timeZone);
    const totals = documentTotals(planned);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const number = await nextDocumentNumber(tx, viewer.organizationId, 'invoice', Number(issueDate.slice(0, 4)));
    const [created] = await tx
      .insert(invoices)
      .values({
        organizationId: viewer.organizationId,
        number,
        orderId: order.id,
        customerId: order.customerId,
        status: 'draft',
        issueDate,
        dueDate: dueDate(issueDate, customer!.paymentTermsDays),
        currency: order.currency,
        ...totals,
      })
      .returning();
    await tx.insert(invoiceLines).values(
      planned.map((p, i) => {
        const line = byId.get(p.orderLineId)!;
        return {
          organizationId: viewer.organizationId,
          invoiceId: created!.id,
          orderLineId: line.id,
          position: i + 1,
          productId: line.productId,
          description: line.description,
          quantity: p.quantity,
          unitPriceMinor: line.unitPriceMinor,
          discountBps: line.discountBps,
          taxRateBps: line.taxRateBps,
          netMinor: p.netMinor,
          taxMinor: p.taxMinor,
          grossMinor: p.grossMinor,
        };
      }),
    );
    return { ...created!, opportunityId: order.opportunityId };
  });
  publishDocChanged(publish, viewer.organizationId, {
    type: 'invoice',
    id: invoice.id,
    opportunityId: invoice.opportunityId,
    customerId: invoice.customerId,
    status: invoice.status,
    actorId: viewer.userId,
  });
  return getInvoice(db, viewer.organizationId, invoice.id, now);
}
