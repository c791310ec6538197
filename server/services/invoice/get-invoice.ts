import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, invoiceLines, invoices, orderLines, orders, organizations } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { isoDateIn } from '~/domain/documents/due-date';
import { invoiceDisplayStatus } from '~/domain/documents/invoice-status';

/**
 * One invoice of the organization with its lines (each with the order line
 * it invoices), its order and customer, and the derived display status
 * (pending / overdue, judged on today's date in the organization's time
 * zone). NOT_FOUND for other organizations' ids.
 */
export async function getInvoice(db: DbOrTx, organizationId: string, id: string, now: Date = new Date()) {
  const [row] = await db
    .select({
      invoice: invoices,
      customerName: customers.legalName,
      customerTaxId: customers.taxId,
      paymentTermsDays: customers.paymentTermsDays,
      orderNumber: orders.number,
      orderStatus: orders.status,
      opportunityId: orders.opportunityId,
      timeZone: organizations.timeZone,
    })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .innerJoin(organizations, eq(organizations.id, invoices.organizationId))
    .leftJoin(orders, eq(orders.id, invoices.orderId))
    .where(and(eq(invoices.id, id), eq(invoices.organizationId, organizationId)));
  if (!row) throw new AppError('NOT_FOUND', { message: 'Invoice not found.' });
  const lines = await db
    .select({ line: invoiceLines, orderedQuantity: orderLines.quantity })
    .from(invoiceLines)
    .leftJoin(orderLines, eq(orderLines.id, invoiceLines.orderLineId))
    .where(eq(invoiceLines.invoiceId, id))
    .orderBy(asc(invoiceLines.position));
  const today = isoDateIn(now, row.timeZone);
  const { timeZone: _tz, ...rest } = row;
  return {
    ...rest,
    today,
    displayStatus: invoiceDisplayStatus(row.invoice, today),
    lines: lines.map(({ line, orderedQuantity }) => ({ ...line, orderedQuantity })),
  };
}
