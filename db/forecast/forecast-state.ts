import type { Db } from '~/db/client';
import { loadOwnerNames, type TForecastOrg } from '~/db/queries/forecast/load-forecast-org';
import type { TKpiPeriod } from '~/db/queries/forecast/kpi-inputs';
import type { TPastForecast } from '~/db/queries/forecast/snapshots';
import { bookingHistory, buildSnapshot } from '~/domain/forecast/build-snapshot';
import { visitGroups, type TVisitFact } from '~/domain/forecast/calibration-visits';
import { documentsByGroup, type TDocumentCell } from '~/domain/forecast/document-groups';
import { groupCalibrations } from '~/domain/forecast/group-calibration';
import { groupClosedKpiInputs, withGroupPipeline } from '~/domain/forecast/group-kpis';
import { byGroup } from '~/domain/forecast/kpi-group';
import { bookingRows, calibrationGroups, kpiPeriodInput, openPipelineNow, pipelineRows, slippageHistogram, winCounts as countWins, type TClosedFact, type TDocumentKpis } from '~/domain/forecast/closed-facts';
import { type THeavyClosedInput, type THeavyInput, type THeavyResult } from '~/domain/forecast/forecast-heavy';
import { groupOf, openCellsOf, simulationColumns, type TOpenDealBook } from '~/domain/forecast/open-deal-book';
import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import type { TOverrideInForce } from '~/db/queries/forecast/overrides';
import type { forecastDates } from './forecast-dates';

/** Simulation size: iterations are the largest power of two ≤ drawBudget / open deals, within the bounds. */
export const MONTE_CARLO = { drawBudget: 40_000_000, minIterations: 256, maxIterations: 4_096 };

/**
 * What a run of one organization keeps for the next incremental run: the
 * calendar and settings it was computed for (`key`), the board sequence
 * number it has seen, the closed-deal groups, every open deal (the book),
 * the document KPIs and the past forecasts (both fixed within a day unless
 * documents change).
 */
export type TForecastState = {
  key: string;
  seq: number;
  /** What an incremental run reads with (valid while `key` is the same). */
  reads: { scope: { organizationId: string; timeZone: string; currency: string; createdBefore: string }; periods: { current: TKpiPeriod; previous: TKpiPeriod }; firstMonth: string };
  facts: TClosedFact[];
  /** The bands and stages closed deals were in (calibration). */
  visits: TVisitFact[];
  /** What the snapshot derives from `facts` and `documents` (recomputed only when they change). */
  derived: TDerived | null;
  book: TOpenDealBook;
  /** The organization's document KPIs and the cells they sum (per owner, team and pipeline). */
  documents: Record<'current' | 'previous', TDocumentKpis> & { cells: TDocumentCell[] };
  past: TPastForecast[];
};

type TDates = ReturnType<typeof forecastDates>;

/** How the run went, for the snapshot's meta. */
export type TRunMeta = { mode: 'full' | 'incremental'; changedDeals: number; closedFacts: 'read' | 'delta' | 'unchanged'; computedIn: 'worker' | 'main-thread'; started: number };

export function heavyClosedInput(state: Pick<TForecastState, 'facts' | 'visits'>, dates: TDates): THeavyClosedInput {
  return { closedGroups: calibrationGroups(state.facts), visitGroups: visitGroups(state.visits), slippage: slippageHistogram(state.facts), bookings: bookingHistory(bookingRows(state.facts), dates.months[0]!).map((b) => b.amountMinor) };
}

export function heavyFullInput(state: Pick<TForecastState, 'facts' | 'visits' | 'book'>, org: TForecastOrg, dates: TDates): THeavyInput {
  return { months: dates.months, bands: org.probabilityBands, deals: simulationColumns(state.book), seed: org.id, ...heavyClosedInput(state, dates), ...MONTE_CARLO };
}

type TDerived = ReturnType<typeof derive>;

/** Figures of closed deals and documents: the same for every run until closed deals or documents change. */
function derive(state: TForecastState, org: TForecastOrg, dates: TDates) {
  const facts = state.facts;
  const periods = dates.kpi;
  const days = (p: { from: string; to: string }) => Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000);
  // Without open cells: the open pipeline is added per run (openPipelineNow).
  const kpiInput = (period: 'current' | 'previous') =>
    kpiPeriodInput({ period, currency: org.currency, periodDays: days(periods[period]), documents: state.documents[period], closed: facts, open: [], pipelineToMonth: periods[period].pipelineTo.slice(0, 7) });
  const closedGroups = calibrationGroups(facts);
  const factsOf = byGroup(facts);
  return {
    bookings: bookingRows(facts),
    winCounts: countWins(facts),
    slippage: slippageHistogram(facts),
    calibrationFromEvents: facts.reduce((s, f) => s + (f.fromEvent ? f.deals : 0), 0),
    /** Each owner's, team's and pipeline's own calibration tables. */
    calibrationByGroup: groupCalibrations(factsOf, byGroup(state.visits), org.probabilityBands),
    closedDeals: closedGroups.reduce((s, g) => s + g.deals, 0),
    kpis: { current: kpiInput('current'), previous: kpiInput('previous') },
    /** The closed part of each owner's, team's and pipeline's KPIs, deals and documents (their open pipeline is added per run). */
    groupKpis: groupClosedKpiInputs({
      currency: org.currency,
      periodDays: { current: days(periods.current), previous: days(periods.previous) },
      pipelineToMonth: { current: periods.current.pipelineTo.slice(0, 7), previous: periods.previous.pipelineTo.slice(0, 7) },
      facts: factsOf,
      documents: state.documents,
      documentsByGroup: documentsByGroup(state.documents.cells),
      teamOf: new Map(org.owners.map((o) => [o.id, o.teamId ?? null])),
    }),
  };
}

/** The snapshot from the state and the heavy result (same code for full and incremental runs, so both give the same answer). */
export async function snapshotOf(
  db: Db,
  input: { state: TForecastState; org: TForecastOrg; dates: TDates; overrides: TOverrideInForce[]; heavy: THeavyResult; asOf: Date; meta: TRunMeta },
): Promise<TForecastSnapshot> {
  const { state, org, dates, heavy, meta } = input;
  const { currency, timeZone } = org;
  const closedFacts = state.facts;
  const openCells = openCellsOf(state.book);
  const known = new Set(org.owners.map((o) => o.id));
  const formerOwners = [...new Set([...closedFacts, ...openCells].map((r) => r.ownerId))].filter((id) => !known.has(id));
  const owners = [...org.owners, ...(await loadOwnerNames(db, org.id, formerOwners))];
  const periods = dates.kpi;
  if (!state.derived) {
    state.derived = derive(state, org, dates);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const derived = state.derived;
  const pipeline = pipelineRows(openCells, closedFacts, dates.months);
  await new Promise((resolve) => setImmediate(resolve));
  const kpiInput = (period: 'current' | 'previous') => {
    const closedPart = derived.kpis[period];
    return { ...closedPart, openPipelineMinor: closedPart.openPipelineMinor + openPipelineNow(openCells, period, periods[period].pipelineTo.slice(0, 7)) };
  };
  return buildSnapshot({
    organizationId: org.id,
    asOf: input.asOf.toISOString(),
    timeZone,
    currency,
    months: dates.months,
    dimensions: { owners, teams: org.teams, pipelines: org.pipelines },
    pipeline,
    overrides: input.overrides,
    bookings: derived.bookings,
    winCounts: derived.winCounts,
    slippage: derived.slippage,
    calibrationFromEvents: derived.calibrationFromEvents,
    calibrationByGroup: derived.calibrationByGroup,
    openDeals: state.book.simulated,
    closedDeals: derived.closedDeals,
    kpis: {
      period: { from: periods.current.from, to: periods.current.to },
      previousPeriod: { from: periods.previous.from, to: periods.previous.to },
      current: kpiInput('current'),
      previous: kpiInput('previous'),
      byGroup: withGroupPipeline(derived.groupKpis, openCells),
    },
    pastForecasts: state.past,
    heavy,
    monteCarloByGroup: heavy.groups
      .map(({ group, deals, months, quarters, total }) => ({ ...groupOf(state.book, group), openDeals: deals, runs: heavy.groupRuns, months, quarters, total }))
      .sort((x, y) => (`${x.groupBy}:${x.key ?? ''}` < `${y.groupBy}:${y.key ?? ''}` ? -1 : 1)),
    seed: org.id,
    meta: {
      durationMs: Math.round(performance.now() - meta.started),
      computedIn: meta.computedIn,
      reusedHeavy: { monteCarlo: heavy.work.monteCarlo === 0, bookingsForecast: !heavy.work.bookingsForecast },
      run: { mode: meta.mode, changedDeals: meta.changedDeals, closedFacts: meta.closedFacts, monteCarlo: heavy.work.monteCarlo === 'full' ? 'full' : 'swapped' },
    },
  });
}
