import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { isUniqueViolation } from '~/db/errors';
import { products } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TProductPatch } from '~/domain/schemas/catalog';
import { getProduct } from './get-product';
import { skuTaken } from './sku-taken';

/**
 * Edits a product. Documents already issued keep their own copy of the
 * description, price and tax rate, so a change here affects new lines only.
 */
export async function updateProduct(db: DbOrTx, organizationId: string, id: string, patch: TProductPatch) {
  const updated = await db
    .update(products)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(products.id, id), eq(products.organizationId, organizationId)))
    .returning({ id: products.id })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? skuTaken(patch.sku ?? '', error) : error;
    });
  if (updated.length === 0) throw new AppError('NOT_FOUND', { message: 'Product not found.' });
  return getProduct(db, organizationId, id);
}
