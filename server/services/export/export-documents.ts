import { asc, eq } from 'drizzle-orm';
import { customers, invoices, opportunities, orders, quotes, users } from '~/db/schema';
import { minorToDecimalString } from '~/domain/export/decimal-string';
import { isoDay, type TExportDefinition } from './export-entity';

const totals = (d: { currency: string; netMinor: number; taxMinor: number; grossMinor: number }) => ({
  currency: d.currency,
  net: minorToDecimalString(d.netMinor, d.currency),
  tax: minorToDecimalString(d.taxMinor, d.currency),
  gross: minorToDecimalString(d.grossMinor, d.currency),
});
const totalColumns = ['currency', 'net', 'tax', 'gross'] as const;

export const quotesExport: TExportDefinition = {
  columns: ['number', 'status', 'customer', 'opportunity', 'owner', 'issue_date', 'valid_until', 'approval_status', ...totalColumns, 'sent_at', 'created_at'],
  page: async (db, organizationId, offset, limit) => {
    const rows = await db
      .select({ q: quotes, customer: customers.legalName, opportunity: opportunities.title, owner: users.email })
      .from(quotes)
      .innerJoin(customers, eq(customers.id, quotes.customerId))
      .leftJoin(opportunities, eq(opportunities.id, quotes.opportunityId))
      .leftJoin(users, eq(users.id, quotes.ownerId))
      .where(eq(quotes.organizationId, organizationId))
      .orderBy(asc(quotes.number), asc(quotes.id))
      .offset(offset)
      .limit(limit);
    return rows.map(({ q, ...names }) => ({
      number: q.number, status: q.status, ...names, issue_date: q.issueDate, valid_until: q.validUntil, approval_status: q.approvalStatus,
      ...totals(q), sent_at: isoDay(q.sentAt), created_at: isoDay(q.createdAt),
    }));
  },
};

export const ordersExport: TExportDefinition = {
  columns: ['number', 'status', 'customer', 'quote', 'owner', 'order_date', 'promised_date', 'delivered_at', ...totalColumns, 'created_at'],
  page: async (db, organizationId, offset, limit) => {
    const rows = await db
      .select({ o: orders, customer: customers.legalName, quote: quotes.number, owner: users.email })
      .from(orders)
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .leftJoin(quotes, eq(quotes.id, orders.quoteId))
      .leftJoin(users, eq(users.id, orders.ownerId))
      .where(eq(orders.organizationId, organizationId))
      .orderBy(asc(orders.number), asc(orders.id))
      .offset(offset)
      .limit(limit);
    return rows.map(({ o, ...names }) => ({
      number: o.number, status: o.status, ...names, order_date: o.orderDate, promised_date: o.promisedDate, delivered_at: isoDay(o.deliveredAt), ...totals(o), created_at: isoDay(o.createdAt),
    }));
  },
};

export const invoicesExport: TExportDefinition = {
  columns: ['number', 'status', 'customer', 'order', 'issue_date', 'due_date', 'authorized_at', 'paid_at', ...totalColumns, 'created_at'],
  page: async (db, organizationId, offset, limit) => {
    const rows = await db
      .select({ i: invoices, customer: customers.legalName, order: orders.number })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .leftJoin(orders, eq(orders.id, invoices.orderId))
      .where(eq(invoices.organizationId, organizationId))
      .orderBy(asc(invoices.number), asc(invoices.id))
      .offset(offset)
      .limit(limit);
    return rows.map(({ i, ...names }) => ({
      number: i.number, status: i.status, ...names, issue_date: i.issueDate, due_date: i.dueDate, authorized_at: isoDay(i.authorizedAt), paid_at: isoDay(i.paidAt), ...totals(i), created_at: isoDay(i.createdAt),
    }));
  },
};
