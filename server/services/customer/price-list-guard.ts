import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { priceLists } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** Refuses a price list id that is not one of the organization's lists (the column has no foreign key). */
export async function assertPriceListOfOrg(db: DbOrTx, organizationId: string, priceListId: string | null | undefined) {
  if (!priceListId) return;
  const [row] = await db
    .select({ id: priceLists.id })
    .from(priceLists)
    .where(and(eq(priceLists.id, priceListId), eq(priceLists.organizationId, organizationId)));
  if (!row) throw new AppError('INVALID_INPUT', { message: 'That price list does not exist.', data: { field: 'priceListId' } });
}
