import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { priceListItems, priceLists, products } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** One product with its price on every list that has one. */
export async function getProduct(db: DbOrTx, organizationId: string, id: string) {
  const [product] = await db
    .select()
    .from(products)
    .where(and(eq(products.id, id), eq(products.organizationId, organizationId)));
  if (!product) throw new AppError('NOT_FOUND', { message: 'Product not found.' });
  const prices = await db
    .select({ priceListId: priceLists.id, priceListName: priceLists.name, currency: priceLists.currency, unitPriceMinor: priceListItems.unitPriceMinor })
    .from(priceListItems)
    .innerJoin(priceLists, eq(priceLists.id, priceListItems.priceListId))
    .where(and(eq(priceListItems.organizationId, organizationId), eq(priceListItems.productId, id)))
    .orderBy(asc(priceLists.name));
  return { ...product, prices };
}
