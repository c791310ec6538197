import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { organizations, priceLists } from '~/db/schema';
import { isoDateIn } from '~/domain/documents/due-date';
import { summarizeInvoices, summarizeOrders, summarizeQuotes, invoiceState } from '~/domain/customer/document-summary';
import { customerDocuments } from './customer-documents';
import { customerTimeline } from './customer-timeline';
import { getCustomer } from './get-customer';

/** Rows per list on the page; the tiles always sum every document. */
export const LIST_LIMIT = 100;


/**
 * Everything the 360° page shows about one customer: master data and
 * contacts, open opportunities, quotes, orders (total and closed), invoices
 * (authorized, pending, overdue, paid; overdue = authorized and unpaid with
 * a due date before today in the organization's time zone) and the activity
 * timeline. Sums are minor units of the organization's currency.
 */
export async function getCustomer360(db: DbOrTx, organizationId: string, id: string, now = new Date()) {
  const customer = await getCustomer(db, organizationId, id);
  const [[org], docs, [priceList]] = await Promise.all([
    db.select({ currency: organizations.currency, timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId)),
    customerDocuments(db, organizationId, id),
    customer.priceListId
      ? db
          .select({ id: priceLists.id, name: priceLists.name })
          .from(priceLists)
          .where(and(eq(priceLists.id, customer.priceListId), eq(priceLists.organizationId, organizationId)))
      : [],
  ]);
  const currency = org!.currency;
  const today = isoDateIn(now, org!.timeZone);
  const open = docs.deals.filter((d) => d.status === 'open');
  const inCurrency = open.filter((d) => d.currency === currency);
  const timeline = await customerTimeline(db, organizationId, id, docs);
  return {
    customer: { ...customer, priceListName: priceList?.name ?? null },
    currency,
    today,
    opportunities: {
      open: open.slice(0, LIST_LIMIT),
      openCount: open.length,
      openAmountMinor: inCurrency.reduce((s, d) => s + d.amountMinor, 0),
      weightedAmountMinor: inCurrency.reduce((s, d) => s + Math.round((d.amountMinor * d.probability) / 100), 0),
      wonCount: docs.deals.filter((d) => d.status === 'won').length,
      lostCount: docs.deals.filter((d) => d.status === 'lost').length,
    },
    quotes: { summary: summarizeQuotes(docs.quotes, currency), rows: docs.quotes.slice(0, LIST_LIMIT) },
    orders: { summary: summarizeOrders(docs.orders, currency), rows: docs.orders.slice(0, LIST_LIMIT) },
    invoices: {
      summary: summarizeInvoices(docs.invoices, currency, today),
      rows: docs.invoices.slice(0, LIST_LIMIT).map((i) => ({ ...i, state: invoiceState(i, today) })),
    },
    timeline,
  };
}
