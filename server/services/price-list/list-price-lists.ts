import { asc, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, priceListItems, priceLists } from '~/db/schema';

/** The organization's price lists, default first, with how many prices and customers each has. */
export async function listPriceLists(db: DbOrTx, organizationId: string) {
  const [lists, items, assigned] = await Promise.all([
    db.select().from(priceLists).where(eq(priceLists.organizationId, organizationId)).orderBy(desc(priceLists.isDefault), asc(priceLists.name)),
    db
      .select({ id: priceListItems.priceListId, n: count() })
      .from(priceListItems)
      .where(eq(priceListItems.organizationId, organizationId))
      .groupBy(priceListItems.priceListId),
    db
      .select({ id: customers.priceListId, n: count() })
      .from(customers)
      .where(eq(customers.organizationId, organizationId))
      .groupBy(customers.priceListId),
  ]);
  const itemCount = new Map(items.map((r) => [r.id, r.n]));
  const customerCount = new Map(assigned.map((r) => [r.id, r.n]));
  return lists.map((l) => ({ ...l, priceCount: itemCount.get(l.id) ?? 0, customerCount: customerCount.get(l.id) ?? 0 }));
}
