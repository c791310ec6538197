import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { contacts } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TContactFields } from '~/domain/schemas/customer';

/** Edits a contact of the organization. */
export async function updateContact(db: DbOrTx, organizationId: string, id: string, patch: Partial<TContactFields>) {
  const [row] = await db
    .update(contacts)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(and(eq(contacts.id, id), eq(contacts.organizationId, organizationId)))
    .returning();
  if (!row) throw new AppError('NOT_FOUND', { message: 'Contact not found.' });
  return row;
}
