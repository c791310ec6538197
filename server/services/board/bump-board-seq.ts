import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { boardSequences } from '~/db/schema';
import { rowsOf } from '~/db/rows';

/**
 * Takes the organization's next board sequence number and stamps it on the
 * changed opportunity, in one statement. Call it last in the transaction: the
 * sequence row stays locked until commit, which orders concurrent changes of
 * one organization so that sequence numbers follow commit order (catch-up by
 * "everything after N" never skips a change), while holding the lock as
 * briefly as possible.
 */
export async function stampBoardSeq(tx: DbOrTx, organizationId: string, opportunityId: string): Promise<number> {
  const result = await tx.execute(sql`
    with next as (
      insert into board_sequences (organization_id, seq) values (${organizationId}, 1)
      on conflict (organization_id) do update set seq = board_sequences.seq + 1
      returning seq
    )
    update opportunities set board_seq = next.seq from next
    where opportunities.id = ${opportunityId}
    returning next.seq as seq`);
  return Number(rowsOf<{ seq: number | string }>(result)[0]!.seq);
}

/** The organization's current board sequence (0 before the first change). */
export async function currentBoardSeq(db: DbOrTx, organizationId: string): Promise<number> {
  const rows = await db
    .select({ seq: boardSequences.seq })
    .from(boardSequences)
    .where(sql`${boardSequences.organizationId} = ${organizationId}`);
  return rows[0]?.seq ?? 0;
}
