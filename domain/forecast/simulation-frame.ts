import { mean, quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import type { TMonth } from '../invoicing/months';
import { hashSeed } from '../random';
import { slipDraw, winDraw } from './deal-streams';
import { quarterOf, quartersOf } from './quarters';
import type { TMonteCarloResult, TSimSummary } from './monte-carlo';

/**
 * What every deal's draws share: the horizon, the number of runs, the seed
 * (hashed to 32 bits) and the slip distribution (cumulative counts of the
 * observed slips, ascending). Run totals live in one Float64Array,
 * month-major: totals[month × iterations + run], in minor units. They stay
 * exact integers (sums below 2^53), so adding and later subtracting a
 * deal's draws restores the totals bit for bit, in any order.
 */
export type TSimFrame = {
  months: readonly TMonth[];
  /** Month key (year × 12 + month − 1) → index in `months`. */
  monthIndex: Map<number, number>;
  iterations: number;
  seed: number;
  slipMonths: Int32Array;
  slipCumulative: Float64Array;
};

/** A deal as the simulation sees it: start month index (0 = first month or overdue, ≥ months = outside) and its stream base. */
export type TFrameDeal = { amountMinor: number; probability: number; startIndex: number; base: number };

/**
 * Run totals of groups of deals (an owner's, a team's, a pipeline's), laid
 * out as the frame's totals but over the first `runs` runs only (runs ≤
 * iterations): a deal's wins in those runs are added to each of its groups'
 * arrays too, from the same draws.
 */
export type TGroupTargets = { runs: number; arrays: readonly Float64Array[] };

export function simulationFrame(input: { months: readonly TMonth[]; iterations: number; seed: number | string; slippage: readonly { months: number; deals: number }[] }): TSimFrame {
  const slips = input.slippage.filter((s) => s.deals > 0);
  const cumulative = new Float64Array(slips.length);
  let total = 0;
  slips.forEach((s, i) => (cumulative[i] = total += s.deals));
  return {
    months: input.months,
    monthIndex: new Map(input.months.map((m, i) => [monthKeyOf(m), i])),
    iterations: input.iterations,
    seed: typeof input.seed === 'string' ? hashSeed(input.seed) : input.seed | 0,
    slipMonths: Int32Array.from(slips.map((s) => s.months)),
    slipCumulative: cumulative,
  };
}

export const emptyTotals = (frame: TSimFrame) => new Float64Array(frame.months.length * frame.iterations);

/** year × 12 + month − 1 of a 'YYYY-MM' month. */
export const monthKeyOf = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** Index of a month key in the horizon; overdue months count as the first, later ones as outside (months.length). */
export function startIndexOf(frame: TSimFrame, monthKey: number): number {
  const i = frame.monthIndex.get(monthKey);
  if (i !== undefined) return i;
  return frame.months.length > 0 && monthKey < monthKeyOf(frame.months[0]!) ? 0 : frame.months.length;
}

/** Adds (sign 1) or removes (sign −1) one deal's wins from every run's month totals, and its groups'. O(iterations). */
export function addDealDraws(frame: TSimFrame, totals: Float64Array, deal: TFrameDeal, sign: 1 | -1, groups?: TGroupTargets): void {
  const { iterations, slipMonths, slipCumulative } = frame;
  const monthCount = frame.months.length;
  if (!(deal.probability > 0) || deal.startIndex >= monthCount || deal.amountMinor === 0) return;
  const amount = sign * deal.amountMinor;
  const slipTotal = slipCumulative.length > 0 ? slipCumulative[slipCumulative.length - 1]! : 0;
  const slipping = slipMonths.length > 1 || (slipMonths.length === 1 && slipMonths[0] !== 0);
  for (let it = 0; it < iterations; it++) {
    if (!(winDraw(deal.base, it) < deal.probability)) continue;
    let landing = deal.startIndex;
    if (slipping) {
      const target = Math.floor(slipDraw(deal.base, it) * slipTotal);
      let lo = 0;
      let hi = slipCumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (slipCumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      landing += slipMonths[lo]!;
    }
    if (landing >= monthCount) continue;
    totals[landing * iterations + it]! += amount;
    if (groups && it < groups.runs) for (const g of groups.arrays) g[landing * groups.runs + it]! += amount;
  }
}

/** P10/P50/P90, mean and sd per month, per quarter and over the horizon, of totals laid out over `iterations` runs. */
export function summarizeTotals(frame: Pick<TSimFrame, 'months' | 'iterations'>, totals: Float64Array): TMonteCarloResult {
  const { months, iterations } = frame;
  const row = (i: number) => totals.subarray(i * iterations, (i + 1) * iterations);
  const quarters = quartersOf(months);
  const sumOf = (indexes: number[]) => {
    const out = new Float64Array(iterations);
    for (const i of indexes) {
      const r = row(i);
      for (let it = 0; it < iterations; it++) out[it]! += r[it]!;
    }
    return out;
  };
  const all = months.map((_, i) => i);
  return {
    months: months.map((month, i) => ({ month, ...summarize(row(i)) })),
    quarters: quarters.map((quarter) => ({ quarter, ...summarize(sumOf(all.filter((i) => quarterOf(months[i]!) === quarter))) })),
    total: summarize(sumOf(all)),
  };
}

function summarize(runs: Float64Array): TSimSummary {
  const sorted = Array.from(runs).sort((a, b) => a - b);
  const at = (p: number) => Math.round(quantileSorted(sorted, p));
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9), mean: mean(sorted), sd: sorted.length > 1 ? sampleStandardDeviation(sorted) : 0 };
}
