import { median, quantile } from 'simple-statistics';
import { divideRoundHalfUp } from '../money/round-half-up';

/** A share in [0, 1], or null when the denominator is zero (nothing to measure). */
export type TRate = number | null;

/** a / b, or null when b is 0. */
export const ratio = (a: number, b: number): TRate => (b === 0 ? null : a / b);

/** Win rate by count: won / (won + lost); open deals do not count. */
export const winRate = (won: number, lost: number): TRate => ratio(won, won + lost);

/** Average won deal in whole minor units (half-up), null without won deals. */
export const averageDealSize = (wonMinor: number, wonCount: number): number | null =>
  wonCount === 0 ? null : Number(divideRoundHalfUp(BigInt(wonMinor), BigInt(wonCount)));

/**
 * Median and 90th percentile of durations in days (simple-statistics
 * `quantile`: linear interpolation between order statistics, the same as R's
 * default quantile type 7). Null for an empty list.
 */
export function durationStats(days: readonly number[]): { count: number; median: number; p90: number } | null {
  if (days.length === 0) return null;
  let stats = durationMemo.get(days);
  if (!stats) durationMemo.set(days, (stats = { count: days.length, median: median([...days]), p90: quantile([...days], 0.9) }));
  return stats;
}

/** By list identity: a forecast run recomputes KPIs over the same (unchanged, read-only) lists of 100k+ lead times. */
const durationMemo = new WeakMap<readonly number[], { count: number; median: number; p90: number }>();

/**
 * Days sales outstanding, the "count-back-free" standard formula:
 * DSO = receivables at period end ÷ credit sales of the period × days in the period.
 * Credit sales = invoiced amount of the period. Null without sales.
 */
export const daysSalesOutstanding = (receivablesMinor: number, creditSalesMinor: number, periodDays: number): number | null =>
  creditSalesMinor === 0 ? null : (receivablesMinor / creditSalesMinor) * periodDays;

/**
 * Pipeline coverage: open pipeline ÷ the quota still to win (quota − won so
 * far). 3 means three times the gap in pipeline. Null when the quota is
 * already met or there is no quota.
 */
export const pipelineCoverage = (openPipelineMinor: number, quotaMinor: number, wonMinor: number): number | null => {
  const remaining = quotaMinor - wonMinor;
  return remaining > 0 ? openPipelineMinor / remaining : null;
};

export type TTrend = { previous: number | null; delta: number | null; change: number | null; direction: 'up' | 'down' | 'flat' | null };

/**
 * Change against the previous period: absolute delta, relative change
 * (null when the previous value is 0 or missing) and a direction for the
 * tile's arrow; changes under 0.5 % of the previous value count as flat.
 */
export function trend(current: number | null, previous: number | null): TTrend {
  if (current === null || previous === null) return { previous, delta: null, change: null, direction: null };
  const delta = current - previous;
  const change = previous === 0 ? null : delta / Math.abs(previous);
  const flat = previous === 0 ? delta === 0 : Math.abs(delta) < 0.005 * Math.abs(previous);
  return { previous, delta, change, direction: flat ? 'flat' : delta > 0 ? 'up' : 'down' };
}
