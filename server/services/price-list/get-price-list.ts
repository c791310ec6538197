import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { priceListItems, priceLists, products } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** One price list with its prices (minor units of the list's currency) and each product's catalogue price. */
export async function getPriceList(db: DbOrTx, organizationId: string, id: string) {
  const [list] = await db
    .select()
    .from(priceLists)
    .where(and(eq(priceLists.id, id), eq(priceLists.organizationId, organizationId)));
  if (!list) throw new AppError('NOT_FOUND', { message: 'Price list not found.' });
  const items = await db
    .select({
      productId: products.id,
      sku: products.sku,
      name: products.name,
      family: products.family,
      active: products.active,
      catalogPriceMinor: products.unitPriceMinor,
      catalogCurrency: products.currency,
      unitPriceMinor: priceListItems.unitPriceMinor,
    })
    .from(priceListItems)
    .innerJoin(products, eq(products.id, priceListItems.productId))
    .where(and(eq(priceListItems.organizationId, organizationId), eq(priceListItems.priceListId, id)))
    .orderBy(asc(products.family), asc(products.name));
  return { ...list, items };
}
