import { AppError } from '../app-error';
import type { TMonth } from '../invoicing/months';
import { divideRoundHalfUp } from '../money/round-half-up';
import type { TForecastCategory } from '../schemas/opportunity';
import { assertSingleCurrency } from './currency-guard';
import { quarterOf, type TQuarter } from './quarters';

/** A deal as the pipeline report needs it (open deals plus those won in the period). */
export type TPipelineDeal = {
  amountMinor: number;
  currency: string;
  /** Entered (or calibrated) probability in whole percent, 0–100. */
  probability: number;
  /** Expected close month for open deals, close month for won ones. */
  month: TMonth;
  category: TForecastCategory;
  ownerId: string;
  teamId: string | null;
  pipelineId: string;
};

export const forecastCategories = ['pipeline', 'best_case', 'commit', 'closed', 'omitted'] as const satisfies readonly TForecastCategory[];

/** Totals of one bucket, integer minor units. */
export type TPipelineCell = {
  deals: number;
  /** Σ amount of open, not omitted deals (pipeline + best case + commit). */
  unweightedMinor: number;
  /** Σ round-half-up(amount × probability / 100) over the same deals, rounded per deal. */
  weightedMinor: number;
  /** Each category's own amount. */
  byCategory: Record<TForecastCategory, number>;
  /** Each category's weighted amount (amount × probability, rounded per deal); closed (won) deals count in full, omitted ones not at all. */
  weightedByCategory: Record<TForecastCategory, number>;
  /** Salesforce-style cumulative numbers: commit includes closed, best case includes commit. */
  rollup: { closed: number; commit: number; bestCase: number; openPipeline: number };
};

export type TPipelineGroupBy = 'all' | 'owner' | 'team' | 'pipeline';
export type TPipelineRow = TPipelineCell & { groupBy: TPipelineGroupBy; key: string | null; period: 'month' | 'quarter'; bucket: TMonth | TQuarter };

/** Weighted value of one deal in minor units: amount × percent / 100, rounded half-up. */
export function weightedAmount(amountMinor: number, probability: number): number {
  if (!Number.isSafeInteger(amountMinor) || !Number.isInteger(probability) || probability < 0 || probability > 100) {
    throw new AppError('INVALID_INPUT', { message: `Weighted amount needs whole minor units and a whole percent 0–100 (got ${amountMinor}, ${probability})` });
  }
  return Number(divideRoundHalfUp(BigInt(amountMinor) * BigInt(probability), 100n));
}

/**
 * The pipeline report: for every month of `months` and every quarter they
 * touch, totals for the whole organization and per owner, team and
 * pipeline. Deals outside the months are ignored. All deals must be in
 * `currency` (INVALID_INPUT otherwise). Omitted deals appear only in their
 * own category.
 */
export function pipelineReport(deals: readonly TPipelineDeal[], months: readonly TMonth[], currency: string): TPipelineRow[] {
  assertSingleCurrency(currency, deals, 'a deal');
  const inRange = new Set(months);
  const cells = new Map<string, TPipelineRow>();
  const add = (groupBy: TPipelineGroupBy, key: string | null, period: 'month' | 'quarter', bucket: TMonth | TQuarter, deal: TPipelineDeal, weighted: number) => {
    const id = `${groupBy}|${key}|${bucket}`;
    let row = cells.get(id);
    if (!row) cells.set(id, (row = { groupBy, key, period, bucket, ...emptyCell() }));
    row.deals++;
    row.byCategory[deal.category] += deal.amountMinor;
    row.weightedByCategory[deal.category] += deal.category === 'closed' ? deal.amountMinor : deal.category === 'omitted' ? 0 : weighted;
    if (deal.category === 'pipeline' || deal.category === 'best_case' || deal.category === 'commit') {
      row.unweightedMinor += deal.amountMinor;
      row.weightedMinor += weighted;
    }
    const c = row.byCategory;
    row.rollup = { closed: c.closed, commit: c.closed + c.commit, bestCase: c.closed + c.commit + c.best_case, openPipeline: c.pipeline + c.best_case + c.commit };
  };
  for (const deal of deals) {
    if (!inRange.has(deal.month)) continue;
    const weighted = weightedAmount(deal.amountMinor, deal.probability);
    const keys: [TPipelineGroupBy, string | null][] = [['all', null], ['owner', deal.ownerId], ['team', deal.teamId], ['pipeline', deal.pipelineId]];
    for (const [groupBy, key] of keys) {
      add(groupBy, key, 'month', deal.month, deal, weighted);
      add(groupBy, key, 'quarter', quarterOf(deal.month), deal, weighted);
    }
  }
  return [...cells.values()];
}

function emptyCell(): TPipelineCell {
  return {
    deals: 0,
    unweightedMinor: 0,
    weightedMinor: 0,
    byCategory: { pipeline: 0, best_case: 0, commit: 0, closed: 0, omitted: 0 },
    weightedByCategory: { pipeline: 0, best_case: 0, commit: 0, closed: 0, omitted: 0 },
    rollup: { closed: 0, commit: 0, bestCase: 0, openPipeline: 0 },
  };
}
