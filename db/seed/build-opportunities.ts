import { generateNKeysBetween } from 'fractional-indexing';
import type * as s from '~/db/schema';
import type { TRandom } from '~/domain/random';
import type { TDealPlan } from './types';

type TEvent = typeof s.opportunityEvents.$inferInsert;
type TForecastCategory = (typeof s.forecastCategoryEnum.enumValues)[number];

/** Forecast category of an open deal from its probability (percent). */
export function forecastCategoryFor(probability: number): TForecastCategory {
  return probability >= 75 ? 'commit' : probability >= 40 ? 'best_case' : 'pipeline';
}

/**
 * Opportunity rows and their event history: 'created' in the first stage,
 * one 'moved' per stage entered, an 'updated' for a hand-set probability and
 * 'won'/'lost' at the close. `version` equals the number of events. Ranks
 * order each stage column by expected close date.
 */
export function buildOpportunities(random: TRandom, plans: readonly TDealPlan[], organizationId: string, managerId: string, anchor: Date) {
  const opportunities: (typeof s.opportunities.$inferInsert)[] = [];
  const events: TEvent[] = [];
  for (const plan of plans) {
    const stages = plan.pipeline.stages;
    const stage = stages[plan.stageIndex]!;
    const owner = plan.owner.id;
    const history: Omit<TEvent, 'id' | 'organizationId' | 'opportunityId' | 'version'>[] = [];
    history.push({
      kind: 'created',
      actorId: random.chance(0.9) ? owner : managerId,
      from: null,
      to: { title: plan.title, stageId: stages[0]!.id, amountMinor: plan.initialAmountMinor, probability: stages[0]!.defaultProbability },
      createdAt: plan.createdAt,
    });
    for (let i = 1; i <= plan.stageIndex; i++) {
      history.push({
        kind: 'moved',
        actorId: owner,
        from: { stageId: stages[i - 1]!.id, probability: stages[i - 1]!.defaultProbability },
        to: { stageId: stages[i]!.id, probability: stages[i]!.defaultProbability },
        createdAt: plan.stageEntries[i]!,
      });
    }
    const entered = plan.stageEntries[plan.stageIndex]!;
    if (plan.status === 'open' && plan.probability !== stage.defaultProbability) {
      const at = new Date(entered.getTime() + random.float(0.1, 0.5) * (anchor.getTime() - entered.getTime()));
      history.push({ kind: 'updated', actorId: owner, from: { probability: stage.defaultProbability }, to: { probability: plan.probability }, createdAt: at });
    }
    const forecastCategory = plan.status === 'won' ? 'closed' : plan.status === 'lost' ? 'omitted' : forecastCategoryFor(plan.probability);
    if (plan.status !== 'open') {
      const amountChanged = plan.amountMinor !== plan.initialAmountMinor;
      history.push({
        kind: plan.status,
        actorId: random.chance(0.85) ? owner : managerId,
        from: { status: 'open', probability: stage.defaultProbability, ...(amountChanged ? { amountMinor: plan.initialAmountMinor } : {}) },
        to: {
          status: plan.status,
          probability: plan.probability,
          forecastCategory,
          ...(amountChanged ? { amountMinor: plan.amountMinor } : {}),
          ...(plan.lostReason ? { lostReason: plan.lostReason } : {}),
        },
        createdAt: plan.closedAt!,
      });
    }
    history.forEach((e, i) => events.push({ ...e, id: random.uuid(), organizationId, opportunityId: plan.id, version: i + 1 }));
    opportunities.push({
      id: plan.id,
      organizationId,
      title: plan.title,
      customerId: plan.customer.id,
      ownerId: owner,
      teamId: plan.owner.teamId,
      pipelineId: plan.pipeline.id,
      stageId: stage.id,
      type: plan.type,
      source: plan.source,
      amountMinor: plan.amountMinor,
      currency: 'EUR',
      probability: plan.probability,
      expectedCloseDate: plan.expectedCloseDate,
      status: plan.status,
      lostReason: plan.lostReason,
      forecastCategory,
      rank: '',
      version: history.length,
      stageEnteredAt: entered,
      closedAt: plan.closedAt,
      createdAt: plan.createdAt,
      updatedAt: history.at(-1)!.createdAt!,
    });
  }
  assignRanks(opportunities);
  return { opportunities, opportunityEvents: events };
}

/** Fractional-index ranks per stage column, in expected-close order. */
function assignRanks(rows: (typeof s.opportunities.$inferInsert)[]): void {
  const byStage = new Map<string, typeof rows>();
  for (const row of rows) {
    const column = byStage.get(row.stageId);
    if (column) column.push(row);
    else byStage.set(row.stageId, [row]);
  }
  for (const column of byStage.values()) {
    column.sort((a, b) => a.expectedCloseDate.localeCompare(b.expectedCloseDate) || a.id!.localeCompare(b.id!));
    const keys = generateNKeysBetween(null, null, column.length);
    column.forEach((row, i) => (row.rank = keys[i]!));
  }
}
