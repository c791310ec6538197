import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { members } from '~/db/schema';
import type { TRole } from '~/domain/roles';

/** The user's membership (role) in one organization, or null when they are not a member. */
export async function findMembership(db: DbOrTx, userId: string, organizationId: string): Promise<{ memberId: string; role: TRole } | null> {
  const [membership] = await db
    .select({ role: members.role, memberId: members.id })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.userId, userId)))
    .limit(1);
  return membership ?? null;
}
