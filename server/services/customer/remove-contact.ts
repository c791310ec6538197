import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { contacts } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** Removes a contact; leads that pointed at it keep their own name and e-mail. */
export async function removeContact(db: DbOrTx, organizationId: string, id: string) {
  const [row] = await db
    .delete(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.organizationId, organizationId)))
    .returning({ id: contacts.id });
  if (!row) throw new AppError('NOT_FOUND', { message: 'Contact not found.' });
  return row;
}
