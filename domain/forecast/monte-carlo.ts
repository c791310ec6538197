import { mean, quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import { AppError } from '../app-error';
import { createRandom } from '../random';
import type { TMonth } from '../invoicing/months';
import { quarterOf, quartersOf, type TQuarter } from './quarters';

/** One open deal for the simulation. */
export type TSimDeal = {
  /** Deal value in integer minor units of the organization's currency. */
  amountMinor: number;
  /** Chance of winning, 0–1 (calibrated or as entered). */
  probability: number;
  /** Month the deal is expected to close. */
  expectedMonth: TMonth;
};

export type TMonteCarloInput = {
  deals: readonly TSimDeal[];
  /** The forecast months, consecutive and ascending (e.g. the next 12). */
  months: readonly TMonth[];
  /** Observed slips in months between expected and actual close of won deals (0 = on time). Empty means no slippage. */
  slippage: readonly number[];
  iterations: number;
  seed: number | string;
};

/**
 * Percentiles of simulated revenue in integer minor units; `mean` and `sd`
 * (sample standard deviation) are statistics of the runs, not stored money.
 */
export type TSimSummary = { p10: number; p50: number; p90: number; mean: number; sd: number };

export type TMonteCarloResult = {
  months: (TSimSummary & { month: TMonth })[];
  quarters: (TSimSummary & { quarter: TQuarter })[];
  /** Revenue over the whole horizon. */
  total: TSimSummary;
};

/**
 * Monte Carlo revenue forecast. In each of `iterations` runs every deal wins
 * with its probability; a won deal lands in its expected month shifted by a
 * slip drawn uniformly from the observed `slippage` offsets. Deals expected
 * before the first month (overdue) count from the first month; deals that
 * land after the last month fall outside the horizon. The seeded generator
 * (domain/random) makes a run reproducible. P10/P50/P90 use simple-statistics
 * quantiles, rounded to whole minor units.
 */
export function simulateRevenue(input: TMonteCarloInput): TMonteCarloResult {
  validate(input);
  const { deals, months, iterations } = input;
  const slips = input.slippage.length > 0 ? input.slippage : [0];
  const index = new Map(months.map((m, i) => [m, i]));
  const first = months[0]!;
  const totals = months.map(() => new Float64Array(iterations));
  const random = createRandom(input.seed);
  const startIndex = deals.map((d) => (d.expectedMonth < first ? 0 : (index.get(d.expectedMonth) ?? months.length)));
  for (let it = 0; it < iterations; it++) {
    for (let k = 0; k < deals.length; k++) {
      const deal = deals[k]!;
      if (!(random.next() < deal.probability)) continue;
      const landing = startIndex[k]! + slips[random.int(0, slips.length - 1)]!;
      const bucket = totals[landing];
      if (bucket) bucket[it] = bucket[it]! + deal.amountMinor;
    }
  }
  const quarters = quartersOf(months);
  const quarterTotals = quarters.map((q) => sumRuns(totals.filter((_, i) => quarterOf(months[i]!) === q), iterations));
  return {
    months: months.map((month, i) => ({ month, ...summarize(totals[i]!) })),
    quarters: quarters.map((quarter, i) => ({ quarter, ...summarize(quarterTotals[i]!) })),
    total: summarize(sumRuns(totals, iterations)),
  };
}

/** Analytic moments of total revenue when every deal stays in the horizon: mean Σv·p, variance Σv²·p(1−p). */
export function analyticMoments(deals: readonly TSimDeal[]): { mean: number; variance: number } {
  return deals.reduce((acc, d) => ({ mean: acc.mean + d.amountMinor * d.probability, variance: acc.variance + d.amountMinor ** 2 * d.probability * (1 - d.probability) }), { mean: 0, variance: 0 });
}

function sumRuns(series: Float64Array[], iterations: number): Float64Array {
  const out = new Float64Array(iterations);
  for (const s of series) for (let i = 0; i < iterations; i++) out[i] = out[i]! + s[i]!;
  return out;
}

function summarize(runs: Float64Array): TSimSummary {
  const sorted = Array.from(runs).sort((a, b) => a - b);
  const at = (p: number) => Math.round(quantileSorted(sorted, p));
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9), mean: mean(sorted), sd: sorted.length > 1 ? sampleStandardDeviation(sorted) : 0 };
}

function validate({ deals, months, slippage, iterations }: TMonteCarloInput): void {
  const fail = (message: string): never => {
    throw new AppError('INVALID_INPUT', { message: `Monte Carlo: ${message}` });
  };
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > 1_000_000) fail(`iterations must be a whole number from 1 to 1,000,000 (got ${iterations})`);
  if (months.length === 0) fail('no forecast months');
  for (let i = 1; i < months.length; i++) if (!(months[i]! > months[i - 1]!)) fail('months must be ascending');
  if (slippage.some((s) => !Number.isInteger(s) || s < 0)) fail('slippage offsets must be whole months ≥ 0');
  deals.forEach((d, i) => {
    if (!Number.isSafeInteger(d.amountMinor)) fail(`deal ${i + 1}: amount must be whole minor units (got ${d.amountMinor})`);
    if (!(d.probability >= 0 && d.probability <= 1)) fail(`deal ${i + 1}: probability must be between 0 and 1 (got ${d.probability})`);
  });
}
