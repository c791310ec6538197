import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { members } from '~/db/schema';

/** User ids of the organization's managers and admins: who may decide a discount approval. */
export async function approverIds(db: DbOrTx, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), inArray(members.role, ['manager', 'admin'])));
  return rows.map((row) => row.userId);
}
