import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, opportunities } from '~/db/schema';
import type { TCustomerListInput } from '~/domain/schemas/customer';

/**
 * One page of the organization's customers with their open pipeline
 * (sum of open opportunity amounts, minor units) and the total row count.
 */
export async function listCustomers(db: DbOrTx, organizationId: string, input: TCustomerListInput) {
  const filters: SQL[] = [eq(customers.organizationId, organizationId)];
  if (input.country) filters.push(eq(customers.country, input.country));
  if (input.search) {
    const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(
      or(ilike(customers.legalName, pattern), ilike(customers.tradeName, pattern), ilike(customers.taxId, pattern), ilike(customers.city, pattern))!,
    );
  }
  const where = and(...filters);
  const openPipeline = db
    .select({
      customerId: opportunities.customerId,
      openCount: sql<number>`count(*)::int`.as('open_count'),
      openAmountMinor: sql<number>`sum(${opportunities.amountMinor})::bigint`.mapWith(Number).as('open_amount_minor'),
    })
    .from(opportunities)
    .where(and(eq(opportunities.organizationId, organizationId), eq(opportunities.status, 'open')))
    .groupBy(opportunities.customerId)
    .as('open_pipeline');
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: customers.id,
        legalName: customers.legalName,
        tradeName: customers.tradeName,
        taxId: customers.taxId,
        country: customers.country,
        city: customers.city,
        sector: customers.sector,
        openCount: sql<number>`coalesce(${openPipeline.openCount}, 0)`.mapWith(Number),
        openAmountMinor: sql<number>`coalesce(${openPipeline.openAmountMinor}, 0)`.mapWith(Number),
      })
      .from(customers)
      .leftJoin(openPipeline, eq(openPipeline.customerId, customers.id))
      .where(where)
      .orderBy(asc(customers.legalName))
      .limit(input.limit)
      .offset(input.offset),
    db.select({ count: sql<number>`count(*)::int` }).from(customers).where(where),
  ]);
  return { rows, total: total?.count ?? 0 };
}
