import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { contacts, customers } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TContactFields } from '~/domain/schemas/customer';

/** Adds a person to a customer of the organization. */
export async function addContact(db: DbOrTx, organizationId: string, customerId: string, contact: TContactFields) {
  const [customer] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.organizationId, organizationId)));
  if (!customer) throw new AppError('NOT_FOUND', { message: 'Customer not found.' });
  const [row] = await db
    .insert(contacts)
    .values({ ...contact, organizationId, customerId })
    .returning();
  return row!;
}
