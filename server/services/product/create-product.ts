import type { DbOrTx } from '~/db/client';
import { isUniqueViolation } from '~/db/errors';
import { products } from '~/db/schema';
import type { TProductCreateInput } from '~/domain/schemas/catalog';
import { getProduct } from './get-product';
import { skuTaken } from './sku-taken';

/** Adds a product or service to the catalogue; a SKU already in use answers CONFLICT. */
export async function createProduct(db: DbOrTx, organizationId: string, input: TProductCreateInput) {
  const [row] = await db
    .insert(products)
    .values({ ...input, organizationId })
    .returning({ id: products.id })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? skuTaken(input.sku, error) : error;
    });
  return getProduct(db, organizationId, row!.id);
}
