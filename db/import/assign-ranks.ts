import { and, eq, inArray, sql } from 'drizzle-orm';
import { generateNKeysBetween } from 'fractional-indexing';
import type { DbOrTx } from '~/db/client';
import { opportunities } from '~/db/schema';

/**
 * Board ranks for new opportunities: per stage, in expected-close order,
 * after the last card already in that stage (ranks compare COLLATE "C").
 * Returns id → rank.
 */
export async function assignRanks(tx: DbOrTx, organizationId: string, rows: readonly { id: string; stageId: string; expectedCloseDate: string }[]): Promise<Map<string, string>> {
  const stageIds = [...new Set(rows.map((r) => r.stageId))];
  const ranks = new Map<string, string>();
  if (stageIds.length === 0) return ranks;
  const last = await tx
    .select({ stageId: opportunities.stageId, rank: sql<string>`max(${opportunities.rank} collate "C")` })
    .from(opportunities)
    .where(and(eq(opportunities.organizationId, organizationId), inArray(opportunities.stageId, stageIds)))
    .groupBy(opportunities.stageId);
  const lastByStage = new Map(last.map((r) => [r.stageId, r.rank]));
  for (const stageId of stageIds) {
    const column = rows.filter((r) => r.stageId === stageId).sort((a, b) => a.expectedCloseDate.localeCompare(b.expectedCloseDate) || a.id.localeCompare(b.id));
    const keys = generateNKeysBetween(lastByStage.get(stageId) ?? null, null, column.length);
    column.forEach((row, i) => ranks.set(row.id, keys[i]!));
  }
  return ranks;
}
