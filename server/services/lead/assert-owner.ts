import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { members } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** Refuses an owner who is not a member of the organization. */
export async function assertLeadOwner(db: DbOrTx, organizationId: string, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const [member] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.userId, ownerId)));
  if (!member) throw new AppError('INVALID_INPUT', { message: 'The owner must be a member of this organization.', data: { field: 'ownerId' } });
}
