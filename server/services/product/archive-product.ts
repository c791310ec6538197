import type { DbOrTx } from '~/db/client';
import { updateProduct } from './update-product';

/**
 * Archives (or restores) a product: it disappears from the catalogue and from
 * new quote lines, while documents that use it keep pointing at it. Products
 * are never deleted, so the document chain stays traceable.
 */
export async function archiveProduct(db: DbOrTx, organizationId: string, id: string, archived: boolean) {
  return updateProduct(db, organizationId, id, { active: !archived });
}
