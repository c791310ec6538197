import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, opportunities, quotes, users } from '~/db/schema';
import type { TQuoteListInput } from '~/domain/schemas/quote';

/**
 * One page of the organization's quotes, newest first, with customer,
 * opportunity and owner names, and the total count for paging. Search matches
 * the number and the customer's legal name.
 */
export async function listQuotes(db: DbOrTx, organizationId: string, input: TQuoteListInput) {
  const filters: SQL[] = [eq(quotes.organizationId, organizationId)];
  if (input.status) filters.push(eq(quotes.status, input.status));
  if (input.ownerId) filters.push(eq(quotes.ownerId, input.ownerId));
  if (input.customerId) filters.push(eq(quotes.customerId, input.customerId));
  if (input.opportunityId) filters.push(eq(quotes.opportunityId, input.opportunityId));
  if (input.approvalPending) filters.push(eq(quotes.approvalStatus, 'pending'));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(quotes.number, pattern), ilike(customers.legalName, pattern))!);
  }
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: quotes.id,
        number: quotes.number,
        status: quotes.status,
        approvalStatus: quotes.approvalStatus,
        issueDate: quotes.issueDate,
        validUntil: quotes.validUntil,
        customerId: quotes.customerId,
        customerName: customers.legalName,
        opportunityId: quotes.opportunityId,
        opportunityTitle: opportunities.title,
        ownerId: quotes.ownerId,
        ownerName: users.name,
        currency: quotes.currency,
        netMinor: quotes.netMinor,
        grossMinor: quotes.grossMinor,
      })
      .from(quotes)
      .innerJoin(customers, eq(customers.id, quotes.customerId))
      .leftJoin(opportunities, eq(opportunities.id, quotes.opportunityId))
      .leftJoin(users, eq(users.id, quotes.ownerId))
      .where(where)
      .orderBy(desc(quotes.issueDate), desc(quotes.number))
      .limit(input.limit)
      .offset(input.offset),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(quotes)
      .innerJoin(customers, eq(customers.id, quotes.customerId))
      .where(where),
  ]);
  return { rows, total: total?.count ?? 0 };
}
