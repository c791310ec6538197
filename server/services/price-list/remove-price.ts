import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { priceListItems } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** Removes a product's price from a list; quotes then fall back to the catalogue price. */
export async function removePrice(db: DbOrTx, organizationId: string, input: { priceListId: string; productId: string }) {
  const [row] = await db
    .delete(priceListItems)
    .where(
      and(
        eq(priceListItems.organizationId, organizationId),
        eq(priceListItems.priceListId, input.priceListId),
        eq(priceListItems.productId, input.productId),
      ),
    )
    .returning({ id: priceListItems.id });
  if (!row) throw new AppError('NOT_FOUND', { message: 'That product has no price on this list.' });
  return { ...input };
}
