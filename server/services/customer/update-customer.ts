import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TCustomerPatch } from '~/domain/schemas/customer';
import { getCustomer } from './get-customer';

/** Updates a customer of the viewer's organization; other organizations' ids are NOT_FOUND. */
export async function updateCustomer(db: DbOrTx, organizationId: string, id: string, patch: TCustomerPatch) {
  const updated = await db
    .update(customers)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(customers.id, id), eq(customers.organizationId, organizationId)))
    .returning({ id: customers.id });
  if (updated.length === 0) throw new AppError('NOT_FOUND', { message: 'Customer not found.' });
  return getCustomer(db, organizationId, id);
}
