import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import * as t from '~/db/schema';
import { convertMinor } from '~/domain/money/exchange-rate';
import type { TDatasetPlan } from '~/domain/import/dataset/plan-dataset';
import { assignRanks } from './assign-ranks';
import { insertJsonRows } from './insert-json-rows';
import { dateToTimestamp } from './write-entity-import';

/** How the data set's US-dollar amounts are stored: as they are, or converted to the organization's currency. */
export type TDatasetMoney = { currency: string; rate: bigint | null };

/**
 * Writes an error-free data set plan in foreign-key order, in chunked
 * multi-row inserts, inside the caller's transaction. The files are in USD;
 * prices and deal amounts are stored in `money.currency`, converted at
 * `money.rate` when the organization reports in another currency.
 * Users get no credential account: they cannot sign in until invited.
 */
export async function writeDatasetImport(tx: DbOrTx, organizationId: string, plan: Extract<TDatasetPlan, { ok: true }>, money: TDatasetMoney): Promise<void> {
  const amount = (usdMinor: number) => (money.rate === null ? usdMinor : convertMinor(usdMinor, money.rate));
  await insertJsonRows(tx, t.users, plan.users.map((u) => ({ ...u, emailVerified: false })));
  await insertJsonRows(tx, t.members, plan.members.map((m) => ({ ...m, organizationId })));
  const [{ position } = { position: 0 }] = await tx
    .select({ position: sql<number>`coalesce(max(${t.teams.position}) + 1, 0)::int` })
    .from(t.teams)
    .where(sql`${t.teams.organizationId} = ${organizationId}`);
  await insertJsonRows(tx, t.teams, plan.teams.map((team, i) => ({ ...team, organizationId, position: position + i })));
  await insertJsonRows(tx, t.teamMembers, plan.teamMembers.map((m) => ({ ...m, organizationId })));
  // Parents first: a subsidiary references its parent's id.
  const customers = [...plan.customers].sort((a, b) => Number(a.parentCustomerId !== null) - Number(b.parentCustomerId !== null));
  await insertJsonRows(tx, t.customers, customers.map((c) => ({ ...c, organizationId })));
  await insertJsonRows(tx, t.products, plan.products.map((p) => ({ ...p, organizationId, taxRateBps: 0, unitPriceMinor: amount(p.unitPriceMinor), currency: money.currency })));
  if (plan.pipeline) {
    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${t.pipelines.position}) + 1, 0)::int` })
      .from(t.pipelines)
      .where(sql`${t.pipelines.organizationId} = ${organizationId}`);
    await tx.insert(t.pipelines).values({ ...plan.pipeline, organizationId, position: next, isDefault: false });
  }
  await insertJsonRows(tx, t.stages, plan.stages.map((s) => ({ ...s, organizationId, pipelineId: plan.pipelineId })));
  const rows = plan.opportunities.map(({ index: _index, closedAt, stageEnteredAt, engageDate, ...o }) => ({
    ...o,
    engageDate,
    closedAt: closedAt ? dateToTimestamp(closedAt) : null,
    stageEnteredAt: dateToTimestamp(stageEnteredAt),
    createdAt: dateToTimestamp(engageDate ?? stageEnteredAt),
    updatedAt: dateToTimestamp(closedAt ?? stageEnteredAt),
  }));
  const ranks = await assignRanks(tx, organizationId, rows);
  await insertJsonRows(
    tx,
    t.opportunities,
    rows.map((o) => ({ ...o, organizationId, pipelineId: plan.pipelineId, type: 'new_business' as const, amountMinor: amount(o.amountMinor), currency: money.currency, rank: ranks.get(o.id)! })),
  );
}
