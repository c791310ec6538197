import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { invoices, opportunities, orders, pipelines, quotes, stages, users } from '~/db/schema';

/**
 * Every opportunity, quote, order and invoice of one customer, newest first,
 * read straight from the tables (the document services belong to other
 * areas). Amounts are minor units of each row's currency.
 */
export async function customerDocuments(db: DbOrTx, organizationId: string, customerId: string) {
  const [deals, quoteRows, orderRows, invoiceRows] = await Promise.all([
    db
      .select({
        id: opportunities.id,
        title: opportunities.title,
        status: opportunities.status,
        amountMinor: opportunities.amountMinor,
        currency: opportunities.currency,
        probability: opportunities.probability,
        expectedCloseDate: opportunities.expectedCloseDate,
        pipelineId: opportunities.pipelineId,
        pipelineName: pipelines.name,
        stageName: stages.name,
        ownerName: users.name,
        closedAt: opportunities.closedAt,
      })
      .from(opportunities)
      .innerJoin(stages, eq(stages.id, opportunities.stageId))
      .innerJoin(pipelines, eq(pipelines.id, opportunities.pipelineId))
      .innerJoin(users, eq(users.id, opportunities.ownerId))
      .where(and(eq(opportunities.organizationId, organizationId), eq(opportunities.customerId, customerId)))
      .orderBy(opportunities.expectedCloseDate, opportunities.id),
    db
      .select({
        id: quotes.id,
        number: quotes.number,
        status: quotes.status,
        approvalStatus: quotes.approvalStatus,
        issueDate: quotes.issueDate,
        validUntil: quotes.validUntil,
        grossMinor: quotes.grossMinor,
        currency: quotes.currency,
        opportunityId: quotes.opportunityId,
        ownerName: users.name,
        createdAt: quotes.createdAt,
        sentAt: quotes.sentAt,
        decidedAt: quotes.decidedAt,
        approvalDecidedAt: quotes.approvalDecidedAt,
        approvalDecidedBy: quotes.approvalDecidedBy,
      })
      .from(quotes)
      .leftJoin(users, eq(users.id, quotes.ownerId))
      .where(and(eq(quotes.organizationId, organizationId), eq(quotes.customerId, customerId)))
      .orderBy(desc(quotes.issueDate), desc(quotes.number)),
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        orderDate: orders.orderDate,
        promisedDate: orders.promisedDate,
        grossMinor: orders.grossMinor,
        currency: orders.currency,
        quoteId: orders.quoteId,
      })
      .from(orders)
      .where(and(eq(orders.organizationId, organizationId), eq(orders.customerId, customerId)))
      .orderBy(desc(orders.orderDate), desc(orders.number)),
    db
      .select({
        id: invoices.id,
        number: invoices.number,
        status: invoices.status,
        issueDate: invoices.issueDate,
        dueDate: invoices.dueDate,
        grossMinor: invoices.grossMinor,
        currency: invoices.currency,
        orderId: invoices.orderId,
        createdAt: invoices.createdAt,
        authorizedAt: invoices.authorizedAt,
        paidAt: invoices.paidAt,
      })
      .from(invoices)
      .where(and(eq(invoices.organizationId, organizationId), eq(invoices.customerId, customerId)))
      .orderBy(desc(invoices.issueDate), desc(invoices.number)),
  ]);
  return { deals, quotes: quoteRows, orders: orderRows, invoices: invoiceRows };
}

export type TCustomerDocuments = Awaited<ReturnType<typeof customerDocuments>>;
