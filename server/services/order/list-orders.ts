import { and, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, opportunities, orders, users } from '~/db/schema';
import type { TOrderListInput } from '~/domain/schemas/order';

/**
 * One page of the organization's orders, newest first, filtered by status,
 * customer, owner, order-date range (inclusive) and number/customer text,
 * with the total count and the filtered gross sum (minor units, per currency).
 * An order's owner is its own owner, else its opportunity's owner (orders
 * converted from quotes often carry only the latter).
 */
export async function listOrders(db: DbOrTx, organizationId: string, input: TOrderListInput) {
  const ownerId = sql<string | null>`coalesce(${orders.ownerId}, ${opportunities.ownerId})`;
  const filters: SQL[] = [eq(orders.organizationId, organizationId)];
  if (input.status) filters.push(eq(orders.status, input.status));
  if (input.customerId) filters.push(eq(orders.customerId, input.customerId));
  if (input.ownerId) filters.push(eq(ownerId, input.ownerId));
  if (input.from) filters.push(gte(orders.orderDate, input.from));
  if (input.to) filters.push(lte(orders.orderDate, input.to));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(orders.number, pattern), ilike(customers.legalName, pattern))!);
  }
  const where = and(...filters);
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        orderDate: orders.orderDate,
        promisedDate: orders.promisedDate,
        deliveredAt: orders.deliveredAt,
        customerId: orders.customerId,
        customerName: customers.legalName,
        ownerId,
        ownerName: users.name,
        currency: orders.currency,
        netMinor: orders.netMinor,
        grossMinor: orders.grossMinor,
      })
      .from(orders)
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .leftJoin(opportunities, eq(opportunities.id, orders.opportunityId))
      .leftJoin(users, eq(users.id, ownerId))
      .where(where)
      .orderBy(desc(orders.orderDate), desc(orders.number))
      .limit(input.limit)
      .offset(input.offset),
    db
      .select({ currency: orders.currency, count: sql<number>`count(*)::int`, grossMinor: sql<number>`coalesce(sum(${orders.grossMinor}), 0)::bigint`.mapWith(Number) })
      .from(orders)
      .innerJoin(customers, eq(customers.id, orders.customerId))
      .leftJoin(opportunities, eq(opportunities.id, orders.opportunityId))
      .where(where)
      .groupBy(orders.currency),
  ]);
  return { rows, total: totals.reduce((n, t) => n + t.count, 0), sums: totals.map(({ currency, grossMinor }) => ({ currency, grossMinor })) };
}
