import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, opportunities, users } from '~/db/schema';
import type { TBoardCard } from '~/domain/board/card';

/** Board cards of one organization matching `where`, in rank order (COLLATE "C"). */
export async function selectCards(db: DbOrTx, organizationId: string, where?: SQL): Promise<TBoardCard[]> {
  const rows = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      customerId: opportunities.customerId,
      customerName: customers.legalName,
      ownerId: opportunities.ownerId,
      ownerName: users.name,
      teamId: opportunities.teamId,
      pipelineId: opportunities.pipelineId,
      stageId: opportunities.stageId,
      type: opportunities.type,
      amountMinor: opportunities.amountMinor,
      currency: opportunities.currency,
      probability: opportunities.probability,
      expectedCloseDate: opportunities.expectedCloseDate,
      status: opportunities.status,
      stageEnteredAt: opportunities.stageEnteredAt,
      rank: opportunities.rank,
      version: opportunities.version,
      boardSeq: opportunities.boardSeq,
    })
    .from(opportunities)
    .innerJoin(users, eq(users.id, opportunities.ownerId))
    .leftJoin(customers, eq(customers.id, opportunities.customerId))
    .where(and(eq(opportunities.organizationId, organizationId), where))
    .orderBy(sql`${opportunities.rank} collate "C"`, opportunities.id);
  return rows.map((row) => ({ ...row, stageEnteredAt: row.stageEnteredAt.toISOString() }));
}
