import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { customers } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TCustomerPatch } from '~/domain/schemas/customer';
import { checkedTaxId } from './checked-tax-id';
import { getCustomer } from './get-customer';
import { assertPriceListOfOrg } from './price-list-guard';

/**
 * Updates a customer of the viewer's organization; other organizations' ids
 * are NOT_FOUND. When the tax id or the country changes, the resulting pair
 * is checked (a Spanish NIF is no longer valid once the country becomes IT).
 */
export async function updateCustomer(db: Db, organizationId: string, id: string, patch: TCustomerPatch) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ country: customers.country, taxId: customers.taxId })
      .from(customers)
      .where(and(eq(customers.id, id), eq(customers.organizationId, organizationId)))
      .for('update');
    if (!current) throw new AppError('NOT_FOUND', { message: 'Customer not found.' });
    const set: TCustomerPatch = { ...patch };
    if (patch.taxId !== undefined || patch.country !== undefined) {
      set.taxId = checkedTaxId(patch.country ?? current.country, patch.taxId !== undefined ? patch.taxId : current.taxId);
    }
    await assertPriceListOfOrg(tx, organizationId, patch.priceListId);
    await tx
      .update(customers)
      .set({ ...set, updatedAt: sql`now()` })
      .where(and(eq(customers.id, id), eq(customers.organizationId, organizationId)));
    return getCustomer(tx, organizationId, id);
  });
}
