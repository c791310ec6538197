import { AppError } from '../app-error';
import type { TMonth } from '../invoicing/months';
import { streamBase } from './deal-streams';
import type { TQuarter } from './quarters';
import { addDealDraws, emptyTotals, monthKeyOf, simulationFrame, startIndexOf, summarizeTotals } from './simulation-frame';

/** One open deal for the simulation. */
export type TSimDeal = {
  /** Deal value in integer minor units of the organization's currency. */
  amountMinor: number;
  /** Chance of winning, 0–1 (calibrated or as entered). */
  probability: number;
  /** Month the deal is expected to close. */
  expectedMonth: TMonth;
  /** Two 32-bit keys naming the deal's random stream (stable per deal, e.g. hashes of its id); default: its index. */
  stream?: readonly [number, number];
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
 * land after the last month fall outside the horizon. Draws are common
 * random numbers (deal-streams.ts): deal k's draws in run i depend only on
 * the seed, the deal's stream keys and i, so a run is reproducible and one
 * deal can be swapped exactly (see simulation-frame.ts). P10/P50/P90 use
 * simple-statistics quantiles, rounded to whole minor units.
 */
export function simulateRevenue(input: TMonteCarloInput): TMonteCarloResult {
  validate(input);
  const frame = simulationFrame({ months: input.months, iterations: input.iterations, seed: input.seed, slippage: histogramOf(input.slippage) });
  const totals = emptyTotals(frame);
  input.deals.forEach((d, k) => {
    const [a, b] = d.stream ?? [k, 0];
    addDealDraws(frame, totals, { amountMinor: d.amountMinor, probability: d.probability, startIndex: startIndexOf(frame, monthKeyOf(d.expectedMonth)), base: streamBase(frame.seed, a, b) }, 1);
  });
  return summarizeTotals(frame, totals);
}

/** Analytic moments of total revenue when every deal stays in the horizon: mean Σv·p, variance Σv²·p(1−p). */
export function analyticMoments(deals: readonly TSimDeal[]): { mean: number; variance: number } {
  return deals.reduce((acc, d) => ({ mean: acc.mean + d.amountMinor * d.probability, variance: acc.variance + d.amountMinor ** 2 * d.probability * (1 - d.probability) }), { mean: 0, variance: 0 });
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

/** Slip offsets (months) as a histogram, ascending. */
function histogramOf(slips: readonly number[]): { months: number; deals: number }[] {
  const counts = new Map<number, number>();
  for (const s of slips) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => x[0] - y[0]).map(([months, deals]) => ({ months, deals }));
}
