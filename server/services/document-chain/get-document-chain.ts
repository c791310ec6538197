import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { invoices, opportunities, orders, organizations, quotes } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { isoDateIn } from '~/domain/documents/due-date';
import { invoiceDisplayStatus } from '~/domain/documents/invoice-status';
import type { TDocumentChainInput } from '~/domain/schemas/invoice';

type TRoot = { opportunityId: string | null; quoteIds: string[]; orderIds: string[] };

/**
 * The whole document chain around one document (opportunity, quote, order or
 * invoice), scoped to the organization: walks up to the opportunity (or the
 * highest document there is) and back down to every quote, order and invoice
 * of it, with numbers, statuses, gross totals (minor units) and app links.
 * `parentId` says which document each one came from. NOT_FOUND when the
 * starting document is not the organization's.
 */
export async function getDocumentChain(db: DbOrTx, organizationId: string, input: TDocumentChainInput, now: Date = new Date()) {
  const root = await findRoot(db, organizationId, input);
  const [opportunity] = root.opportunityId
    ? await db
        .select({ id: opportunities.id, title: opportunities.title, status: opportunities.status, amountMinor: opportunities.amountMinor, currency: opportunities.currency, pipelineId: opportunities.pipelineId })
        .from(opportunities)
        .where(and(eq(opportunities.id, root.opportunityId), eq(opportunities.organizationId, organizationId)))
    : [];
  const quoteWhere = root.opportunityId ? eq(quotes.opportunityId, root.opportunityId) : inIds(quotes.id, root.quoteIds);
  const chainQuotes = await db
    .select({ id: quotes.id, number: quotes.number, status: quotes.status, issueDate: quotes.issueDate, grossMinor: quotes.grossMinor, currency: quotes.currency, parentId: quotes.opportunityId })
    .from(quotes)
    .where(and(eq(quotes.organizationId, organizationId), quoteWhere))
    .orderBy(asc(quotes.number));
  const quoteIds = chainQuotes.map((q) => q.id);
  const orderWhere = or(
    root.opportunityId ? eq(orders.opportunityId, root.opportunityId) : undefined,
    inIds(orders.quoteId, quoteIds),
    inIds(orders.id, root.orderIds),
  );
  const chainOrders = await db
    .select({ id: orders.id, number: orders.number, status: orders.status, orderDate: orders.orderDate, grossMinor: orders.grossMinor, currency: orders.currency, quoteId: orders.quoteId, opportunityId: orders.opportunityId })
    .from(orders)
    .where(and(eq(orders.organizationId, organizationId), orderWhere))
    .orderBy(asc(orders.number));
  const chainInvoices = await db
    .select({ id: invoices.id, number: invoices.number, status: invoices.status, issueDate: invoices.issueDate, dueDate: invoices.dueDate, grossMinor: invoices.grossMinor, currency: invoices.currency, parentId: invoices.orderId })
    .from(invoices)
    .where(
      and(
        eq(invoices.organizationId, organizationId),
        or(inIds(invoices.orderId, chainOrders.map((o) => o.id)), input.type === 'invoice' ? eq(invoices.id, input.id) : undefined),
      ),
    )
    .orderBy(asc(invoices.number));
  const [org] = await db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, organizationId));
  const today = isoDateIn(now, org?.timeZone ?? 'UTC');
  return {
    focus: input,
    opportunity: opportunity ? { ...opportunity, link: `/boards/stage?pipeline=${opportunity.pipelineId}&card=${opportunity.id}` } : null,
    quotes: chainQuotes.map((q) => ({ ...q, link: `/quotes/${q.id}` })),
    orders: chainOrders.map(({ quoteId, opportunityId, ...o }) => ({ ...o, parentId: quoteId ?? opportunityId, link: `/orders/${o.id}` })),
    invoices: chainInvoices.map((i) => ({ ...i, displayStatus: invoiceDisplayStatus(i, today), link: `/invoices/${i.id}` })),
  };
}

export type TDocumentChain = Awaited<ReturnType<typeof getDocumentChain>>;

/** `column in (ids)`, or a false condition for no ids (never "no filter"). */
function inIds(column: Parameters<typeof inArray>[0], ids: string[]): SQL {
  return ids.length ? inArray(column, ids) : sql`false`;
}

/** Walks up from the starting document to the opportunity, or to the topmost document when there is none. */
async function findRoot(db: DbOrTx, organizationId: string, input: TDocumentChainInput): Promise<TRoot> {
  const notFound = () => new AppError('NOT_FOUND', { message: `That ${input.type} was not found.` });
  let orderId: string | null = null;
  let quoteId: string | null = null;
  if (input.type === 'opportunity') {
    const [row] = await db.select({ id: opportunities.id }).from(opportunities).where(and(eq(opportunities.id, input.id), eq(opportunities.organizationId, organizationId)));
    if (!row) throw notFound();
    return { opportunityId: row.id, quoteIds: [], orderIds: [] };
  }
  if (input.type === 'invoice') {
    const [row] = await db.select({ orderId: invoices.orderId }).from(invoices).where(and(eq(invoices.id, input.id), eq(invoices.organizationId, organizationId)));
    if (!row) throw notFound();
    orderId = row.orderId;
  }
  if (input.type === 'order') orderId = input.id;
  let opportunityId: string | null = null;
  if (orderId) {
    const [row] = await db.select({ quoteId: orders.quoteId, opportunityId: orders.opportunityId }).from(orders).where(and(eq(orders.id, orderId), eq(orders.organizationId, organizationId)));
    if (!row) throw notFound();
    quoteId = row.quoteId;
    opportunityId = row.opportunityId;
  }
  if (input.type === 'quote') quoteId = input.id;
  if (quoteId && !opportunityId) {
    const [row] = await db.select({ opportunityId: quotes.opportunityId }).from(quotes).where(and(eq(quotes.id, quoteId), eq(quotes.organizationId, organizationId)));
    if (!row && input.type === 'quote') throw notFound();
    opportunityId = row?.opportunityId ?? null;
  }
  return { opportunityId, quoteIds: quoteId ? [quoteId] : [], orderIds: orderId ? [orderId] : [] };
}
