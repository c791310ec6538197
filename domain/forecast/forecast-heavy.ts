import { bandIndexOf } from '../board/probability-bands';
import type { TMonth } from '../invoicing/months';
import { calibrateClosedGroups, type TCalibration, type TVisitGroup } from './calibration';
import { streamBase } from './deal-streams';
import type { TMonteCarloResult } from './monte-carlo';
import { GROUP_DIMENSIONS, type TDealColumns, type TSlotChange, type TSlotDeal } from './open-deal-book';
import { forecastSeries, type TSeriesForecast } from './series-forecast';
import { addDealDraws, emptyTotals, monthKeyOf, simulationFrame, startIndexOf, summarizeTotals, type TFrameDeal, type TGroupTargets, type TSimFrame } from './simulation-frame';

/** What the closed history gives the heavy part (calibration, slippage, bookings); replaced as a whole when closed deals change. */
export type THeavyClosedInput = {
  /** Closed deals grouped by stage, probability before closing (percent) and outcome. */
  closedGroups: { stage: string; probability: number; won: boolean; deals: number }[];
  /** The bands and stages closed deals were in (calibration per band and stage). */
  visitGroups: TVisitGroup[];
  slippage: { months: number; deals: number }[];
  /** Monthly bookings to fit, oldest first, minor units. */
  bookings: number[];
};

/** Everything the expensive part of a forecast run needs; plain data, so it can be posted to a worker thread. */
export type THeavyInput = THeavyClosedInput & {
  months: TMonth[];
  bands: number[];
  /** Open deals by slot (see open-deal-book.ts), columnar. */
  deals: TDealColumns;
  seed: string;
  /** Draws per run: iterations are the largest power of two ≤ drawBudget / deals, clamped to [minIterations, maxIterations]. */
  drawBudget: number;
  minIterations: number;
  maxIterations: number;
};

const DIMS = GROUP_DIMENSIONS.length;

/**
 * Runs behind each owner's, team's and pipeline's P10/P50/P90: the first
 * GROUP_RUNS runs of the organization's simulation (all of them when there
 * are fewer). Bounds the memory of the breakdown (groups × 12 months ×
 * runs × 8 bytes) while its percentiles still rest on 1,024 draws.
 */
export const GROUP_RUNS = 1_024;

const emptyColumns = (n: number): TDealColumns => ({
  amountMinor: new Float64Array(n),
  probability: new Int16Array(n).fill(-1),
  monthKey: new Int32Array(n),
  streamA: new Int32Array(n),
  streamB: new Int32Array(n),
  groups: new Int32Array(n * DIMS),
});

function setSlot(c: TDealColumns, slot: number, d: TSlotDeal | null) {
  c.amountMinor[slot] = d ? d.amountMinor : 0;
  c.probability[slot] = d ? d.probability : -1;
  c.monthKey[slot] = d ? monthKeyOf(d.month) : 0;
  c.streamA[slot] = d ? d.streamA : 0;
  c.streamB[slot] = d ? d.streamB : 0;
  c.groups.set(d ? d.groups : new Array<number>(DIMS).fill(0), slot * DIMS);
}

/** Columns with room for `slot` (doubling). */
function withRoom(c: TDealColumns, slot: number): TDealColumns {
  if (slot < c.amountMinor.length) return c;
  const grown = emptyColumns(Math.max(slot + 1, c.amountMinor.length * 2));
  grown.amountMinor.set(c.amountMinor);
  grown.probability.set(c.probability);
  grown.monthKey.set(c.monthKey);
  grown.streamA.set(c.streamA);
  grown.streamB.set(c.streamB);
  grown.groups.set(c.groups);
  return grown;
}

/** A change since the last run: deals by slot and, when closed deals changed, the new closed inputs. */
export type THeavyDelta = { deals: TSlotChange[]; closed?: THeavyClosedInput };

export type THeavyResult = {
  calibration: TCalibration;
  probability: 'calibrated' | 'entered';
  iterations: number;
  monteCarlo: TMonteCarloResult;
  /** The same per owner, team and pipeline (`group`: index into the deal book's group keys) with open deals, over the first `groupRuns` runs. */
  groups: (TMonteCarloResult & { group: number; deals: number })[];
  groupRuns: number;
  bookingsForecast: (TSeriesForecast & { seasonalChosen: 'additive' | 'multiplicative' }) | { method: 'none'; message: string } | { method: 'failed'; message: string };
  /** What this computation redid: 'full' re-simulated every deal; a number is how many deals were swapped in place. */
  work: { monteCarlo: 'full' | number; bookingsForecast: boolean };
};

/** The heavy part's state between runs of one organization (kept in the worker thread). */
export type THeavyState = {
  input: Omit<THeavyInput, 'deals'>;
  deals: TDealColumns;
  calibration: TCalibration;
  /** Probability used per band (calibrated) or null (entered probabilities). */
  bandProbability: number[] | null;
  frame: TSimFrame;
  totals: Float64Array;
  /** Run totals per group index (months × groupRuns), created when a deal first names the group. */
  groupTotals: Float64Array[];
  /** Open deals per group index, kept as deals change. */
  groupDeals: number[];
  /** Each group's last summary, and the groups whose totals changed since (re-summarized at the next result). */
  groupSummaries: Map<number, TMonteCarloResult>;
  dirtyGroups: Set<number>;
  bookingsForecast: THeavyResult['bookingsForecast'];
};

/** Full computation: calibration, every deal's draws, the bookings time series. */
export function startHeavy(input: THeavyInput): { state: THeavyState; result: THeavyResult } {
  const { deals, ...rest } = input;
  const { calibration, bandProbability } = calibrated(input);
  const frame = frameFor(input, occupied(deals));
  const state: THeavyState = {
    input: rest,
    deals,
    calibration,
    bandProbability,
    frame,
    totals: new Float64Array(0),
    groupTotals: [],
    groupDeals: [],
    groupSummaries: new Map(),
    dirtyGroups: new Set(),
    bookingsForecast: forecastBookings(input.bookings, input.months.length),
  };
  for (let slot = 0; slot < deals.probability.length; slot++) countGroups(state, slot, 1);
  simulateAll(state);
  return { state, result: resultOf(state, { monteCarlo: 'full', bookingsForecast: true }) };
}

/** Stateless form of {@link startHeavy}. */
export const computeHeavy = (input: THeavyInput): THeavyResult => startHeavy(input).result;

/**
 * Applies a change to the state. A changed deal is swapped in place
 * (its old draws subtracted, its new ones added: O(iterations) each).
 * Everything is re-simulated, from the same streams, when the iteration
 * count, the calibrated probabilities or the slip distribution changed;
 * Holt-Winters refits only when the bookings history changed. The result is
 * the one startHeavy gives on the new inputs.
 */
export function updateHeavy(state: THeavyState, delta: THeavyDelta): THeavyResult {
  let refitBookings = false;
  let again = false;
  if (delta.closed) {
    const next = { ...state.input, ...delta.closed };
    const { calibration, bandProbability } = calibrated(next);
    again = JSON.stringify(bandProbability) !== JSON.stringify(state.bandProbability) || JSON.stringify(next.slippage) !== JSON.stringify(state.input.slippage);
    refitBookings = JSON.stringify(next.bookings) !== JSON.stringify(state.input.bookings);
    state.input = next;
    state.calibration = calibration;
    state.bandProbability = bandProbability;
    if (refitBookings) state.bookingsForecast = forecastBookings(next.bookings, next.months.length);
  }
  // Last change per slot wins (a freed slot may be reused by another deal in the same delta).
  const changes = [...new Map(delta.deals.map((c) => [c.slot, c])).values()];
  const frame = frameFor(state.input, countAfter(state.deals, changes));
  again ||= frame.iterations !== state.frame.iterations;
  if (!again) for (const c of changes) if (c.slot < state.deals.amountMinor.length) addDealDraws(state.frame, state.totals, frameDeal(state, c.slot), -1, groupTargets(state, c.slot));
  for (const c of changes) {
    if (c.slot < state.deals.probability.length) countGroups(state, c.slot, -1);
    state.deals = withRoom(state.deals, c.slot);
    setSlot(state.deals, c.slot, c.deal);
    countGroups(state, c.slot, 1);
  }
  if (again) {
    state.frame = frame;
    simulateAll(state);
    return resultOf(state, { monteCarlo: 'full', bookingsForecast: refitBookings });
  }
  for (const c of changes) addDealDraws(state.frame, state.totals, frameDeal(state, c.slot), 1, groupTargets(state, c.slot));
  return resultOf(state, { monteCarlo: changes.length, bookingsForecast: refitBookings });
}

function calibrated(input: Pick<THeavyInput, 'closedGroups' | 'visitGroups' | 'bands'>) {
  const calibration = calibrateClosedGroups(input.closedGroups, input.visitGroups, input.bands);
  const useCalibrated = input.closedGroups.some((g) => g.deals > 0);
  return { calibration, bandProbability: useCalibrated ? calibration.bands.map((b) => b.suggested) : null };
}

/** Largest power of two ≤ budget / deals, clamped: stable while the pipeline grows or shrinks by a few deals. */
export function iterationsFor(deals: number, input: Pick<THeavyInput, 'drawBudget' | 'minIterations' | 'maxIterations'>): number {
  const wanted = input.drawBudget / Math.max(1, deals);
  const power = wanted >= 1 ? 2 ** Math.floor(Math.log2(wanted)) : 1;
  return Math.max(input.minIterations, Math.min(input.maxIterations, power));
}

/** Deals in the columns once `changes` (one per slot) are applied. */
function countAfter(c: TDealColumns, changes: readonly TSlotChange[]): number {
  let count = occupied(c);
  for (const ch of changes) count += (ch.deal ? 1 : 0) - (ch.slot < c.probability.length && c.probability[ch.slot]! >= 0 ? 1 : 0);
  return count;
}

function occupied(c: TDealColumns): number {
  let count = 0;
  for (let i = 0; i < c.probability.length; i++) if (c.probability[i]! >= 0) count++;
  return count;
}

function frameFor(input: Omit<THeavyInput, 'deals'>, count: number): TSimFrame {
  return simulationFrame({ months: input.months, iterations: iterationsFor(count, input), seed: input.seed, slippage: input.slippage });
}

/** The deal in `slot` as the simulation draws it (probability 0 for an empty slot: no draws). */
function frameDeal(state: THeavyState, slot: number): TFrameDeal {
  const c = state.deals;
  const entered = c.probability[slot]!;
  if (entered < 0) return { amountMinor: 0, probability: 0, startIndex: 0, base: 0 };
  const probability = state.bandProbability ? state.bandProbability[bandIndexOf(entered, state.input.bands)]! : entered / 100;
  return { amountMinor: c.amountMinor[slot]!, probability, startIndex: startIndexOf(state.frame, c.monthKey[slot]!), base: streamBase(state.frame.seed, c.streamA[slot]!, c.streamB[slot]!) };
}

/** The run totals of the slot's owner, team and pipeline (created on first use, and marked changed); none for an empty slot. */
function groupTargets(state: THeavyState, slot: number): TGroupTargets | undefined {
  if (state.deals.probability[slot]! < 0) return undefined;
  const runs = groupRunsOf(state.frame);
  const arrays: Float64Array[] = [];
  for (let d = 0; d < DIMS; d++) {
    const g = state.deals.groups[slot * DIMS + d]!;
    state.groupTotals[g] ??= new Float64Array(state.frame.months.length * runs);
    state.dirtyGroups.add(g);
    arrays.push(state.groupTotals[g]);
  }
  return { runs, arrays };
}

/** Adds (1) or removes (−1) the deal in `slot`, if any, from its groups' deal counts. */
function countGroups(state: THeavyState, slot: number, sign: 1 | -1) {
  if (state.deals.probability[slot]! < 0) return;
  for (let d = 0; d < DIMS; d++) {
    const g = state.deals.groups[slot * DIMS + d]!;
    state.groupDeals[g] = (state.groupDeals[g] ?? 0) + sign;
  }
}

const groupRunsOf = (frame: TSimFrame) => Math.min(frame.iterations, GROUP_RUNS);

function simulateAll(state: THeavyState) {
  state.totals = emptyTotals(state.frame);
  state.groupTotals = [];
  state.groupSummaries = new Map();
  for (let slot = 0; slot < state.deals.probability.length; slot++) addDealDraws(state.frame, state.totals, frameDeal(state, slot), 1, groupTargets(state, slot));
}

/**
 * P10/P50/P90 of every group that has open deals now (a group whose deals
 * all left has totals of zero and is left out); only groups whose totals
 * changed since the last result are summarized again.
 */
function groupResults(state: THeavyState): THeavyResult['groups'] {
  const frame = { months: state.frame.months, iterations: groupRunsOf(state.frame) };
  const out: THeavyResult['groups'] = [];
  state.groupDeals.forEach((count, group) => {
    if (!(count > 0)) return;
    let summary = state.groupSummaries.get(group);
    if (!summary || state.dirtyGroups.has(group)) {
      summary = summarizeTotals(frame, state.groupTotals[group] ?? new Float64Array(frame.months.length * frame.iterations));
      state.groupSummaries.set(group, summary);
    }
    out.push({ group, deals: count, ...summary });
  });
  state.dirtyGroups.clear();
  return out;
}

function resultOf(state: THeavyState, work: THeavyResult['work']): THeavyResult {
  return {
    calibration: state.calibration,
    probability: state.bandProbability ? 'calibrated' : 'entered',
    iterations: state.frame.iterations,
    monteCarlo: summarizeTotals(state.frame, state.totals),
    groups: groupResults(state),
    groupRuns: groupRunsOf(state.frame),
    bookingsForecast: state.bookingsForecast,
    work,
  };
}

/** Holt-Winters with whichever seasonality fits better (multiplicative only for positive data); the linear fallback says why. */
export function forecastBookings(x: number[], horizon: number): THeavyResult['bookingsForecast'] {
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
