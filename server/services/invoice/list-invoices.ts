import { and, desc, eq, gte, ilike, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, invoices, orders, organizations } from '~/db/schema';
import { isoDateIn } from '~/domain/documents/due-date';
import { invoiceDisplayStatus } from '~/domain/documents/invoice-status';
import type { TInvoiceListInput } from '~/domain/schemas/invoice';

/**
 * One page of the organization's invoices, newest first. The status filter
 * takes the stored states and the derived ones: 'pending' (authorized, due
 * today or later) and 'overdue' (authorized, due before today, in the
 * organization's time zone). Also answers the filtered count and gross sums
 * per currency (minor units).
 */
export async function listInvoices(db: DbOrTx, organizationId: string, input: TInvoiceListInput, now: Date = new Date()) {
  const [org] = await db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
  const today = isoDateIn(now, org?.timeZone ?? 'UTC');
  const filters: SQL[] = [eq(invoices.organizationId, organizationId)];
  if (input.status === 'pending') filters.push(eq(invoices.status, 'authorized'), gte(invoices.dueDate, today));
  else if (input.status === 'overdue') filters.push(eq(invoices.status, 'authorized'), lt(invoices.dueDate, today));
  else if (input.status) filters.push(eq(invoices.status, input.status));
  if (input.customerId) filters.push(eq(invoices.customerId, input.customerId));
  if (input.orderId) filters.push(eq(invoices.orderId, input.orderId));
  if (input.from) filters.push(gte(invoices.issueDate, input.from));
  if (input.to) filters.push(lte(invoices.issueDate, input.to));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(invoices.number, pattern), ilike(customers.legalName, pattern), ilike(orders.number, pattern))!);
  }
  const where = and(...filters);
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: invoices.id,
        number: invoices.number,
        status: invoices.status,
        issueDate: invoices.issueDate,
        dueDate: invoices.dueDate,
        paidAt: invoices.paidAt,
        customerId: invoices.customerId,
        customerName: customers.legalName,
        orderId: invoices.orderId,
        orderNumber: orders.number,
        currency: invoices.currency,
        netMinor: invoices.netMinor,
        grossMinor: invoices.grossMinor,
      })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .leftJoin(orders, eq(orders.id, invoices.orderId))
      .where(where)
      .orderBy(desc(invoices.issueDate), desc(invoices.number))
      .limit(input.limit)
      .offset(input.offset),
    db
      .select({ currency: invoices.currency, count: sql<number>`count(*)::int`, grossMinor: sql<number>`coalesce(sum(${invoices.grossMinor}), 0)::bigint`.mapWith(Number) })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .leftJoin(orders, eq(orders.id, invoices.orderId))
      .where(where)
      .groupBy(invoices.currency),
  ]);
  return {
    today,
    rows: rows.map((r) => ({ ...r, displayStatus: invoiceDisplayStatus(r, today) })),
    total: totals.reduce((n, t) => n + t.count, 0),
    sums: totals.map(({ currency, grossMinor }) => ({ currency, grossMinor })),
  };
}
