import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '~/db/client';
import { customers, invoices, opportunities, orderLines, orders, orderStatusChanges, organizations, quotes, users } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { isoDateIn } from '~/domain/documents/due-date';
import { invoiceDisplayStatus } from '~/domain/documents/invoice-status';
import { manualOrderTargets } from '~/domain/documents/order-status';
import { remainingQuantities } from '~/domain/documents/partial-invoicing';
import { formatQuantity } from '~/domain/money/quantity';
import { invoicedLinesOf, NOT_CANCELLED } from '../invoice/sync-order-invoiced';

const owner = alias(users, 'owner');

/**
 * One order of the organization with its lines (ordered, delivered and still
 * invoiceable quantities), status history (who, when), invoices (with the
 * derived pending/overdue status) and the states a person may pick next.
 * NOT_FOUND for other organizations' ids.
 */
export async function getOrder(db: DbOrTx, organizationId: string, id: string, now: Date = new Date()) {
  const [row] = await db
    .select({
      order: orders,
      customerName: customers.legalName,
      paymentTermsDays: customers.paymentTermsDays,
      ownerName: owner.name,
      ownerId: sql<string | null>`coalesce(${orders.ownerId}, ${opportunities.ownerId})`,
      quoteNumber: quotes.number,
      opportunityTitle: opportunities.title,
      timeZone: organizations.timeZone,
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(organizations, eq(organizations.id, orders.organizationId))
    .leftJoin(opportunities, eq(opportunities.id, orders.opportunityId))
    .leftJoin(owner, eq(owner.id, sql`coalesce(${orders.ownerId}, ${opportunities.ownerId})`))
    .leftJoin(quotes, eq(quotes.id, orders.quoteId))
    .where(and(eq(orders.id, id), eq(orders.organizationId, organizationId)));
  if (!row) throw new AppError('NOT_FOUND', { message: 'Order not found.' });
  const [lines, history, orderInvoices, invoiced] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, id)).orderBy(asc(orderLines.position)),
    db
      .select({ id: orderStatusChanges.id, fromStatus: orderStatusChanges.fromStatus, toStatus: orderStatusChanges.toStatus, at: orderStatusChanges.createdAt, actorName: users.name })
      .from(orderStatusChanges)
      .leftJoin(users, eq(users.id, orderStatusChanges.actorId))
      .where(eq(orderStatusChanges.orderId, id))
      .orderBy(desc(orderStatusChanges.createdAt)),
    db
      .select({ id: invoices.id, number: invoices.number, status: invoices.status, issueDate: invoices.issueDate, dueDate: invoices.dueDate, grossMinor: invoices.grossMinor, currency: invoices.currency, version: invoices.version })
      .from(invoices)
      .where(and(eq(invoices.orderId, id), eq(invoices.organizationId, organizationId)))
      .orderBy(asc(invoices.number)),
    invoicedLinesOf(db, id, NOT_CANCELLED),
  ]);
  const remaining = remainingQuantities(lines, invoiced);
  const today = isoDateIn(now, row.timeZone);
  const { timeZone: _tz, ...rest } = row;
  return {
    ...rest,
    today,
    nextStatuses: manualOrderTargets(row.order.status),
    lines: lines.map((l) => ({ ...l, remainingToInvoice: formatQuantity(remaining.get(l.id) ?? 0n) })),
    history,
    invoices: orderInvoices.map((i) => ({ ...i, displayStatus: invoiceDisplayStatus(i, today) })),
  };
}
