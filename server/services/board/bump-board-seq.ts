import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { boardSequences } from '~/db/schema';

/**
 * Increments the organization's board sequence inside the caller's
 * transaction and returns the new number. The row lock orders concurrent
 * moves of one organization, so sequence numbers follow commit order.
 */
export async function bumpBoardSeq(tx: DbOrTx, organizationId: string): Promise<number> {
  const [row] = await tx
    .insert(boardSequences)
    .values({ organizationId, seq: 1 })
    .onConflictDoUpdate({ target: boardSequences.organizationId, set: { seq: sql`${boardSequences.seq} + 1` } })
    .returning({ seq: boardSequences.seq });
  return row!.seq;
}

/** The organization's current board sequence (0 before the first change). */
export async function currentBoardSeq(db: DbOrTx, organizationId: string): Promise<number> {
  const rows = await db
    .select({ seq: boardSequences.seq })
    .from(boardSequences)
    .where(sql`${boardSequences.organizationId} = ${organizationId}`);
  return rows[0]?.seq ?? 0;
}
