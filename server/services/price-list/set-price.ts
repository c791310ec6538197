import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { priceListItems, priceLists, products } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** Sets (inserts or replaces) a product's price on a list, in minor units of the list's currency. */
export async function setPrice(db: DbOrTx, organizationId: string, input: { priceListId: string; productId: string; unitPriceMinor: number }) {
  const [[list], [product]] = await Promise.all([
    db.select({ id: priceLists.id }).from(priceLists).where(and(eq(priceLists.id, input.priceListId), eq(priceLists.organizationId, organizationId))),
    db.select({ id: products.id }).from(products).where(and(eq(products.id, input.productId), eq(products.organizationId, organizationId))),
  ]);
  if (!list) throw new AppError('NOT_FOUND', { message: 'Price list not found.' });
  if (!product) throw new AppError('NOT_FOUND', { message: 'Product not found.' });
  const [row] = await db
    .insert(priceListItems)
    .values({ ...input, organizationId })
    .onConflictDoUpdate({ target: [priceListItems.priceListId, priceListItems.productId], set: { unitPriceMinor: input.unitPriceMinor } })
    .returning();
  return row!;
}
