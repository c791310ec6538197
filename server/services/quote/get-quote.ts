import { aliasedTable, and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, opportunities, orders, quoteLines, quotes, users } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { approvalRequired, sendBlocker } from '~/domain/documents/quote-approval';
import { quoteOrgSettings } from './org-settings';

const owners = aliasedTable(users, 'owners');
const deciders = aliasedTable(users, 'deciders');

/**
 * One quote with everything its page and PDF show: lines, customer (legal
 * data and terms), the opportunity above it, the orders below it, and the
 * approval state (required under the threshold? who decided, when, why;
 * what blocks sending). NOT_FOUND for other organizations' ids.
 */
export async function getQuote(db: DbOrTx, organizationId: string, id: string) {
  const [row] = await db
    .select({ quote: quotes, ownerName: owners.name, decidedByName: deciders.name })
    .from(quotes)
    .leftJoin(owners, eq(owners.id, quotes.ownerId))
    .leftJoin(deciders, eq(deciders.id, quotes.approvalDecidedBy))
    .where(and(eq(quotes.id, id), eq(quotes.organizationId, organizationId)));
  if (!row) throw new AppError('NOT_FOUND', { message: 'Quote not found.' });
  const { quote } = row;
  const lines = await db
    .select()
    .from(quoteLines)
    .where(and(eq(quoteLines.quoteId, id), eq(quoteLines.organizationId, organizationId)))
    .orderBy(asc(quoteLines.position));
  const [customer] = await db
    .select({
      id: customers.id,
      legalName: customers.legalName,
      tradeName: customers.tradeName,
      taxId: customers.taxId,
      addressLine: customers.addressLine,
      postalCode: customers.postalCode,
      city: customers.city,
      region: customers.region,
      country: customers.country,
      email: customers.email,
      paymentTermsDays: customers.paymentTermsDays,
      discountBps: customers.discountBps,
    })
    .from(customers)
    .where(and(eq(customers.id, quote.customerId), eq(customers.organizationId, organizationId)));
  const [opportunity] = quote.opportunityId
    ? await db
        .select({ id: opportunities.id, title: opportunities.title, status: opportunities.status, pipelineId: opportunities.pipelineId, amountMinor: opportunities.amountMinor, currency: opportunities.currency })
        .from(opportunities)
        .where(and(eq(opportunities.id, quote.opportunityId), eq(opportunities.organizationId, organizationId)))
    : [];
  const linkedOrders = await db
    .select({ id: orders.id, number: orders.number, status: orders.status, orderDate: orders.orderDate, grossMinor: orders.grossMinor, currency: orders.currency })
    .from(orders)
    .where(and(eq(orders.quoteId, id), eq(orders.organizationId, organizationId)))
    .orderBy(desc(orders.createdAt));
  const org = await quoteOrgSettings(db, organizationId);
  const required = approvalRequired(lines, org.thresholdBps);
  return {
    quote: { ...quote, ownerName: row.ownerName },
    lines,
    customer: customer ?? null,
    opportunity: opportunity ?? null,
    orders: linkedOrders,
    organization: { name: org.name, locale: org.locale, currency: org.currency },
    approval: {
      required,
      status: quote.approvalStatus,
      thresholdBps: org.thresholdBps,
      decidedByName: row.decidedByName,
      decidedAt: quote.approvalDecidedAt,
      note: quote.approvalNote,
      /** Why "Send" is refused right now (null when a draft may be sent). */
      sendBlocker: quote.status === 'draft' ? (lines.length ? sendBlocker(required, quote.approvalStatus) : 'Add at least one line before sending.') : null,
    },
  };
}

export type TQuoteDetail = Awaited<ReturnType<typeof getQuote>>;
