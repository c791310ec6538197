import { addMonths, type TMonth } from '../invoicing/months';
import { accuracySection } from './accuracy';
import type { THeavyResult } from './forecast-heavy';
import type { TKpiGroup } from './kpi-group';
import { computeKpis, type TKpiPeriodInput } from './kpis';
import { applyOverrides, type TOverride, type TRepNumber } from './overrides';
import { quartersOf } from './quarters';
import { FORECAST_SNAPSHOT_SCHEMA_VERSION, type TForecastPipelineRow, type TForecastSnapshot, type TKpiKey } from './snapshot';

type TBookingRow = { groupBy: 'all' | 'owner' | 'team' | 'pipeline'; key: string | null; month: string; amountMinor: number; deals: number };

export type TSnapshotInput = {
  organizationId: string;
  asOf: string;
  timeZone: string;
  currency: string;
  months: TMonth[];
  dimensions: TForecastSnapshot['dimensions'];
  pipeline: TForecastPipelineRow[];
  /** Overrides in force: the newest per (owner, month, category). */
  overrides: { id: string; ownerId: string; month: string; category: 'commit' | 'best_case' | 'pipeline'; amountMinor: number; originalMinor: number; note: string; byUserId: string | null; at: string }[];
  bookings: TBookingRow[];
  winCounts: { ownerId: string | null; won: number; lost: number }[];
  slippage: { months: number; deals: number }[];
  calibrationFromEvents: number;
  /** Each owner's, team's and pipeline's own calibration (see groupCalibrations). */
  calibrationByGroup: TForecastSnapshot['calibration']['byGroup'];
  openDeals: number;
  closedDeals: number;
  kpis: {
    period: { from: string; to: string };
    previousPeriod: { from: string; to: string };
    current: TKpiPeriodInput;
    previous: TKpiPeriodInput;
    /** The sales side per owner, team and pipeline (see groupKpiInputs). */
    byGroup: (TKpiGroup & { current: TKpiPeriodInput; previous: TKpiPeriodInput })[];
  };
  pastForecasts: { month: string; snapshotId: string; asOf: string; p10: number; p90: number; mean: number; weighted: number }[];
  heavy: THeavyResult;
  /** The heavy result's groups, named (see monteCarlo.byGroup). */
  monteCarloByGroup: TForecastSnapshot['monteCarlo']['byGroup'];
  seed: string;
  meta: Omit<TForecastSnapshot['meta'], 'openDeals' | 'closedDeals'>;
};

/**
 * Assembles the stored snapshot (see snapshot.ts) from the aggregates the
 * job loaded and the heavy results. Pure. A rep's number for an override is
 * the cumulative one of the category (commit includes closed, best case
 * includes commit; pipeline is the open pipeline) of their month.
 */
export function buildSnapshot(input: TSnapshotInput): TForecastSnapshot {
  const { months, heavy } = input;
  const history = bookingHistory(input.bookings, months[0]!);
  const current = input.bookings.find((b) => b.groupBy === 'all' && b.month === months[0]);
  return {
    schemaVersion: FORECAST_SNAPSHOT_SCHEMA_VERSION,
    organizationId: input.organizationId,
    asOf: input.asOf,
    timeZone: input.timeZone,
    currency: input.currency,
    months,
    quarters: quartersOf(months),
    dimensions: input.dimensions,
    pipeline: input.pipeline,
    overrides: overrideRows(input),
    calibration: { ...heavy.calibration, fromEvents: input.calibrationFromEvents, byGroup: input.calibrationByGroup },
    monteCarlo: {
      iterations: heavy.iterations,
      seed: input.seed,
      probability: heavy.probability,
      openDeals: input.openDeals,
      slippage: input.slippage,
      ...heavy.monteCarlo,
      byGroup: input.monteCarloByGroup,
    },
    bookings: {
      history,
      currentMonth: { month: months[0]!, amountMinor: current?.amountMinor ?? 0, deals: current?.deals ?? 0 },
      historyBy: input.bookings.filter((b): b is TBookingRow & { groupBy: 'owner' | 'team' | 'pipeline' } => b.groupBy !== 'all' && b.month <= months[0]!),
      forecast: bookingsForecast(heavy.bookingsForecast, months),
    },
    kpis: kpiTiles(input.kpis),
    accuracy: accuracySection(input.pastForecasts, new Map(history.map((h) => [h.month, h.amountMinor])), input.currency),
    winRates: {
      overall: winRow(input.winCounts.find((w) => w.ownerId === null) ?? { won: 0, lost: 0 }),
      byOwner: input.winCounts.filter((w): w is typeof w & { ownerId: string } => w.ownerId !== null).map((w) => ({ ownerId: w.ownerId, ...winRow(w) })).sort((a, b) => a.ownerId.localeCompare(b.ownerId)),
    },
    meta: { openDeals: input.openDeals, closedDeals: input.closedDeals, ...input.meta },
  };
}

/** Zero-filled monthly bookings from the first month with a won deal to the month before `firstMonth`. */
export function bookingHistory(bookings: readonly TBookingRow[], firstMonth: string): TForecastSnapshot['bookings']['history'] {
  const all = bookings.filter((b) => b.groupBy === 'all' && b.month < firstMonth).sort((a, b) => a.month.localeCompare(b.month));
  if (all.length === 0) return [];
  const byMonth = new Map(all.map((b) => [b.month, b]));
  const out: TForecastSnapshot['bookings']['history'] = [];
  for (let m = all[0]!.month as TMonth; m < firstMonth; m = addMonths(m, 1)) out.push({ month: m, amountMinor: byMonth.get(m)?.amountMinor ?? 0, deals: byMonth.get(m)?.deals ?? 0 });
  return out;
}

function winRow(w: { won: number; lost: number }) {
  return { won: w.won, lost: w.lost, winRate: w.won + w.lost > 0 ? w.won / (w.won + w.lost) : null };
}

function overrideRows(input: TSnapshotInput): TForecastSnapshot['overrides'] {
  const inRange = new Set<string>(input.months);
  const numbers: TRepNumber[] = input.pipeline
    .filter((r) => r.groupBy === 'owner' && r.period === 'month' && r.key !== null)
    .flatMap((r) => [
      { ownerId: r.key!, month: r.bucket as TMonth, category: 'commit' as const, amountMinor: r.rollup.commit },
      { ownerId: r.key!, month: r.bucket as TMonth, category: 'best_case' as const, amountMinor: r.rollup.bestCase },
      { ownerId: r.key!, month: r.bucket as TMonth, category: 'pipeline' as const, amountMinor: r.rollup.openPipeline },
    ]);
  const overrides: TOverride[] = input.overrides
    .filter((o) => inRange.has(o.month))
    .map((o) => ({ id: o.id, ownerId: o.ownerId, month: o.month as TMonth, category: o.category, amountMinor: o.amountMinor, originalAtOverrideMinor: o.originalMinor, note: o.note, byUserId: o.byUserId, at: o.at }));
  return applyOverrides(numbers, overrides)
    .filter((row) => row.override !== null || row.originalMinor !== 0)
    .map((row) => ({ ...row }));
}

/** The snapshot's form of a bookings forecast: method, parameters and points labelled with `months` (step 1 = months[0]), none below zero. */
export function bookingsForecast(f: THeavyResult['bookingsForecast'], months: readonly string[]): TForecastSnapshot['bookings']['forecast'] {
  const level = 0.95;
  // `fallback` is the linear trend standing in for Holt-Winters; no forecast at all is not a fallback.
  if (f.method === 'none' || f.method === 'failed') return { method: f.method, fallback: false, message: f.message, seasonal: null, parameters: {}, sse: null, level, points: [] };
  // Bookings are never negative: a falling trend or a sparse seasonal fit (one rep's months) is cut at zero, interval included.
  const atLeast0 = (v: number | null) => (v === null ? null : Math.max(0, v));
  const points = f.forecasts.map((p) => ({ month: months[p.step - 1]!, mean: Math.max(0, p.mean), lower: atLeast0(p.lower), upper: atLeast0(p.upper) }));
  if (f.method === 'holt-winters') {
    const m = f.model;
    return { method: 'holt-winters', fallback: false, message: null, seasonal: f.seasonalChosen, parameters: { alpha: m.alpha, beta: m.beta, gamma: m.gamma }, sse: m.sse, level, points };
  }
  return { method: 'linear-trend', fallback: true, message: f.message, seasonal: null, parameters: { intercept: f.model.intercept, slope: f.model.slope, residualStandardError: f.model.residualStandardError }, sse: f.model.sse, level, points };
}

const tileSpec: Record<TKpiKey, { unit: TForecastSnapshot['kpis']['values'][TKpiKey]['unit']; better: 'higher' | 'lower'; pick: (k: ReturnType<typeof computeKpis>) => number | null }> = {
  orderBacklogMinor: { unit: 'money', better: 'lower', pick: (k) => k.orderBacklogMinor },
  fulfilmentRate: { unit: 'rate', better: 'higher', pick: (k) => k.fulfilmentRate },
  orderToDeliveryMedianDays: { unit: 'days', better: 'lower', pick: (k) => k.orderToDelivery?.median ?? null },
  orderToDeliveryP90Days: { unit: 'days', better: 'lower', pick: (k) => k.orderToDelivery?.p90 ?? null },
  orderToInvoiceMedianDays: { unit: 'days', better: 'lower', pick: (k) => k.orderToInvoice?.median ?? null },
  orderToInvoiceP90Days: { unit: 'days', better: 'lower', pick: (k) => k.orderToInvoice?.p90 ?? null },
  onTimeDeliveryRate: { unit: 'rate', better: 'higher', pick: (k) => k.onTimeDeliveryRate },
  invoicedVsOrdered: { unit: 'ratio', better: 'higher', pick: (k) => k.invoicedVsOrdered },
  overdueInvoicesMinor: { unit: 'money', better: 'lower', pick: (k) => k.overdueMinor },
  overdueInvoicesCount: { unit: 'count', better: 'lower', pick: (k) => k.overdueCount },
  dsoDays: { unit: 'days', better: 'lower', pick: (k) => k.dsoDays },
  winRate: { unit: 'rate', better: 'higher', pick: (k) => k.winRate },
  averageDealSizeMinor: { unit: 'money', better: 'higher', pick: (k) => k.averageDealSizeMinor },
  salesCycleDays: { unit: 'days', better: 'lower', pick: (k) => k.salesCycle?.median ?? null },
  pipelineCoverage: { unit: 'ratio', better: 'higher', pick: (k) => k.pipelineCoverage },
};

function kpiTiles(k: TSnapshotInput['kpis']): TForecastSnapshot['kpis'] {
  const tiles = <K extends TKpiKey>(current: TKpiPeriodInput, previous: TKpiPeriodInput, keys: readonly K[]) => {
    const now = computeKpis(current, previous);
    const before = computeKpis(previous, null);
    return Object.fromEntries(keys.map((key) => [key, { value: tileSpec[key].pick(now), previous: tileSpec[key].pick(before), unit: tileSpec[key].unit, better: tileSpec[key].better }])) as Record<K, TForecastSnapshot['kpis']['values'][K]>;
  };
  return {
    period: k.period,
    previousPeriod: k.previousPeriod,
    values: tiles(k.current, k.previous, Object.keys(tileSpec) as TKpiKey[]),
    byGroup: k.byGroup.map((g) => ({ groupBy: g.groupBy, key: g.key, values: tiles(g.current, g.previous, Object.keys(tileSpec) as TKpiKey[]) })),
    documentsByGroup: true,
  };
}
