import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { contacts, customers } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** A customer of the organization with its contacts; NOT_FOUND for other organizations' ids. */
export async function getCustomer(db: DbOrTx, organizationId: string, id: string) {
  const [customer] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), eq(customers.organizationId, organizationId)));
  if (!customer) throw new AppError('NOT_FOUND', { message: 'Customer not found.' });
  const people = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.customerId, id), eq(contacts.organizationId, organizationId)))
    .orderBy(asc(contacts.fullName));
  return { ...customer, contacts: people };
}
