import { bandIndexOf } from '../board/probability-bands';
import type { TMonth } from '../invoicing/months';
import { calibrate, type TCalibration, type TClosedDeal } from './calibration';
import { simulateRevenue, type TMonteCarloResult, type TSimDeal } from './monte-carlo';
import { forecastSeries, type TSeriesForecast } from './series-forecast';

/** Open deals, columnar: amount in minor units, probability in whole percent, expected month 'YYYY-MM'. */
export type TOpenDealColumns = { amountMinor: Float64Array; probability: Uint8Array; month: string[] };

/** Everything the expensive part of a forecast run needs; plain data, so it can be posted to a worker thread. */
export type THeavyInput = {
  months: TMonth[];
  bands: number[];
  openDeals: TOpenDealColumns;
  /** Closed deals grouped by stage, probability before closing (percent) and outcome. */
  closedGroups: { stage: string; probability: number; won: boolean; deals: number }[];
  slippage: { months: number; deals: number }[];
  /** Monthly bookings to fit, oldest first, minor units. */
  bookings: number[];
  seed: string;
  /** Upper bound of deal × iteration draws (keeps big pipelines inside the time goal). */
  drawBudget: number;
  minIterations: number;
  maxIterations: number;
};

export type THeavyResult = {
  calibration: TCalibration;
  probability: 'calibrated' | 'entered';
  iterations: number;
  monteCarlo: TMonteCarloResult;
  bookingsForecast: (TSeriesForecast & { seasonalChosen: 'additive' | 'multiplicative' }) | { method: 'none'; message: string } | { method: 'failed'; message: string };
};

/**
 * The expensive part of a forecast run: calibration, the Monte Carlo
 * simulation (with calibrated probabilities when there is closed history)
 * and the bookings time series. Iterations adapt to the pipeline size:
 * drawBudget / deals, clamped to [minIterations, maxIterations].
 */
export function computeHeavy(input: THeavyInput): THeavyResult {
  const closed: TClosedDeal[] = [];
  for (const g of input.closedGroups) for (let i = 0; i < g.deals; i++) closed.push({ probability: g.probability / 100, stage: g.stage, won: g.won });
  const calibration = calibrate(closed, { bands: input.bands });
  const useCalibrated = closed.length > 0;
  const suggested = calibration.bands.map((b) => b.suggested);
  const { amountMinor, probability, month } = input.openDeals;
  const deals: TSimDeal[] = new Array(amountMinor.length);
  for (let i = 0; i < amountMinor.length; i++) {
    const p = useCalibrated ? suggested[bandIndexOf(probability[i]!, input.bands)]! : probability[i]! / 100;
    deals[i] = { amountMinor: amountMinor[i]!, probability: p, expectedMonth: month[i] as TMonth };
  }
  const iterations = Math.max(input.minIterations, Math.min(input.maxIterations, Math.floor(input.drawBudget / Math.max(1, deals.length))));
  const slippage: number[] = [];
  for (const s of input.slippage) for (let i = 0; i < s.deals; i++) slippage.push(s.months);
  const monteCarlo = simulateRevenue({ deals, months: input.months, slippage, iterations, seed: input.seed });
  return { calibration, probability: useCalibrated ? 'calibrated' : 'entered', iterations, monteCarlo, bookingsForecast: forecastBookings(input.bookings, input.months.length) };
}

/** Holt-Winters with whichever seasonality fits better (multiplicative only for positive data); the linear fallback says why. */
function forecastBookings(x: number[], horizon: number): THeavyResult['bookingsForecast'] {
  if (x.length === 0) return { method: 'none', message: 'No won deals before this month: nothing to forecast from.' };
  try {
    const additive = forecastSeries(x, { horizon, period: 12, seasonal: 'additive' });
    if (additive.method !== 'holt-winters' || x.some((v) => v <= 0)) return { ...additive, seasonalChosen: 'additive' };
    const multiplicative = forecastSeries(x, { horizon, period: 12, seasonal: 'multiplicative' });
    return multiplicative.model.sse < additive.model.sse ? { ...multiplicative, seasonalChosen: 'multiplicative' } : { ...additive, seasonalChosen: 'additive' };
  } catch (error) {
    return { method: 'failed', message: `The bookings forecast could not be fitted: ${(error as Error).message}` };
  }
}
