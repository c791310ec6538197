import type { TForecastPipelineRow, TForecastSnapshot } from '~/domain/forecast/snapshot';
import type { TReportGroup } from './report-filter';

/** One month of the weighted-pipeline chart, money in minor units. */
export type TPipelineMonth = {
  month: string;
  deals: number;
  closed: number;
  commit: number;
  best_case: number;
  pipeline: number;
  /** Deals left out of the forecast (their weight is 0; shown with the amounts only). */
  omitted: number;
  weighted: number;
  unweighted: number;
  /** Weighted amount per category (closed counts in full); null for a snapshot stored before the job computed it. */
  weightedBy: Record<'closed' | 'commit' | 'best_case' | 'pipeline', number> | null;
};

const isGroup = (row: TForecastPipelineRow, group: TReportGroup) => row.groupBy === group.groupBy && row.key === group.key;

/**
 * Per month of `months`, the amount of each forecast category and the
 * weighted total of the group's open deals. Months without deals are zeros,
 * so the axis never skips a month.
 */
export function pipelineByMonth(rows: readonly TForecastPipelineRow[], months: readonly string[], group: TReportGroup): TPipelineMonth[] {
  const byMonth = new Map(rows.filter((r) => r.period === 'month' && isGroup(r, group)).map((r) => [r.bucket, r]));
  return months.map((month) => {
    const r = byMonth.get(month);
    const c = r?.byCategory;
    const w = r ? r.weightedByCategory : { closed: 0, commit: 0, best_case: 0, pipeline: 0 };
    return {
      month,
      deals: r?.deals ?? 0,
      closed: c?.closed ?? 0,
      commit: c?.commit ?? 0,
      best_case: c?.best_case ?? 0,
      pipeline: c?.pipeline ?? 0,
      omitted: c?.omitted ?? 0,
      weighted: r?.weightedMinor ?? 0,
      unweighted: r?.unweightedMinor ?? 0,
      weightedBy: w ? { closed: w.closed, commit: w.commit, best_case: w.best_case, pipeline: w.pipeline } : null,
    };
  });
}

/** Sums of the months shown (for the weighted-pipeline tile and the table footer). */
export function sumPipeline(months: readonly TPipelineMonth[]): Omit<TPipelineMonth, 'month' | 'weightedBy'> {
  const zero = { deals: 0, closed: 0, commit: 0, best_case: 0, pipeline: 0, omitted: 0, weighted: 0, unweighted: 0 };
  return months.reduce((acc, m) => ({
    deals: acc.deals + m.deals,
    closed: acc.closed + m.closed,
    commit: acc.commit + m.commit,
    best_case: acc.best_case + m.best_case,
    pipeline: acc.pipeline + m.pipeline,
    omitted: acc.omitted + m.omitted,
    weighted: acc.weighted + m.weighted,
    unweighted: acc.unweighted + m.unweighted,
  }), zero);
}

/** One month of the bookings chart: actual (past), forecast with its interval (future). */
export type TBookingsMonth = {
  month: string;
  actual: number | null;
  forecast: number | null;
  /** [lower, upper] of the prediction interval, for a recharts range Area. */
  band: [number, number] | null;
  /** The month of asOf: bookings so far, not a full month. */
  partial: boolean;
};

/**
 * Bookings chart rows: the last `historyMonths` months of won amounts, the
 * current (incomplete) month, then the forecast points. The forecast line
 * starts at the last full actual month so the two lines join. For an owner,
 * team or pipeline the actuals are the group's, and so is the forecast (the
 * filtered snapshot's is fitted to them). With `shown` (the report's
 * period), forecast months outside it are left out.
 */
export function bookingsRows(bookings: TForecastSnapshot['bookings'], group: TReportGroup, historyMonths = 24, shown?: readonly string[]): TBookingsMonth[] {
  const all = group.groupBy === 'all';
  const history = all
    ? bookings.history.map((h) => ({ month: h.month, amount: h.amountMinor }))
    : zeroFill(bookings.historyBy.filter((h) => h.groupBy === group.groupBy && h.key === group.key), bookings.history.map((h) => h.month));
  const past: TBookingsMonth[] = history.slice(-historyMonths).map((h) => ({ month: h.month, actual: h.amount, forecast: null, band: null, partial: false }));
  const current = all
    ? bookings.currentMonth.amountMinor
    : bookings.historyBy.filter((h) => h.groupBy === group.groupBy && h.key === group.key && h.month === bookings.currentMonth.month).reduce((s, h) => s + h.amountMinor, 0);
  const last = past.at(-1);
  if (last && bookings.forecast.points.length > 0) {
    last.forecast = last.actual;
    last.band = [last.actual!, last.actual!];
  }
  const points = new Map(bookings.forecast.points.map((p) => [p.month, p]));
  const currentPoint = points.get(bookings.currentMonth.month);
  const rows: TBookingsMonth[] = [...past, { month: bookings.currentMonth.month, actual: current, forecast: currentPoint ? Math.round(currentPoint.mean) : null, band: bandOf(currentPoint), partial: true }];
  for (const p of bookings.forecast.points) {
    if (p.month === bookings.currentMonth.month || (shown && !shown.includes(p.month))) continue;
    rows.push({ month: p.month, actual: null, forecast: Math.round(p.mean), band: bandOf(p), partial: false });
  }
  return rows;
}

function bandOf(p: { lower: number | null; upper: number | null } | undefined): [number, number] | null {
  return p && p.lower !== null && p.upper !== null ? [Math.round(p.lower), Math.round(p.upper)] : null;
}

function zeroFill(rows: readonly { month: string; amountMinor: number }[], months: readonly string[]): { month: string; amount: number }[] {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(r.month, (sums.get(r.month) ?? 0) + r.amountMinor);
  return months.map((month) => ({ month, amount: sums.get(month) ?? 0 }));
}

/** One bucket of the P10/P50/P90 fan chart, minor units; `band` is [P10, P90]; `partial`: a quarter only partly in the horizon, its months in it. */
export type TFanRow = { bucket: string; p10: number; p50: number; p90: number; mean: number; band: [number, number]; partial?: string[] };

/** The months of `quarter` ('2026-Q4') in the horizon when they are fewer than three (the horizon starts or ends inside it), else null. */
export function partialQuarter(quarter: string, horizon: readonly string[]): string[] | null {
  const inside = horizon.filter((m) => quarterKey(m) === quarter);
  return inside.length < 3 ? inside : null;
}

/** Fan-chart rows for the months shown, and the quarters they touch. */
export function fanRows(monteCarlo: TForecastSnapshot['monteCarlo'], months: readonly string[]): { months: TFanRow[]; quarters: TFanRow[] } {
  const shown = new Set(months);
  const quarters = new Set(months.map(quarterKey));
  const horizon = monteCarlo.months.map((m) => m.month);
  const row = (bucket: string, s: { p10: number; p50: number; p90: number; mean: number }): TFanRow => ({ bucket, p10: s.p10, p50: s.p50, p90: s.p90, mean: Math.round(s.mean), band: [s.p10, s.p90] });
  return {
    months: monteCarlo.months.filter((m) => shown.has(m.month)).map((m) => row(m.month, m)),
    quarters: monteCarlo.quarters
      .filter((q) => quarters.has(q.quarter))
      .map((q) => {
        const partial = partialQuarter(q.quarter, horizon);
        return partial ? { ...row(q.quarter, q), partial } : row(q.quarter, q);
      }),
  };
}

/** 'YYYY-MM' → 'YYYY-Qn'. */
export function quarterKey(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A calibration dot: entered vs actual win rate in percent, with the Wilson interval as error-bar offsets. */
export type TCalibrationPoint = {
  band: number;
  entered: number;
  actual: number;
  /** [below, above] distances from `actual` to the interval ends, in points of percent, for recharts ErrorBar. */
  error: [number, number];
  lower: number;
  upper: number;
  count: number;
  won: number;
  suggested: number;
};

type TCalibrationRow = TForecastSnapshot['calibration']['bands'][number];
type TCalibrationFigures = Omit<TCalibrationPoint, 'band'>;

/** A calibration row with closed deals in percent (one decimal); null for a row without deals. */
function calibrationFigures(r: Omit<TCalibrationRow, 'band'>): TCalibrationFigures | null {
  const round1 = (x: number) => Math.round(x * 10) / 10;
  const pct = (x: number) => round1(x * 100);
  if (r.count === 0 || r.winRate === null || r.entered === null) return null;
  const actual = pct(r.winRate);
  const lower = r.interval ? pct(r.interval.lower) : actual;
  const upper = r.interval ? pct(r.interval.upper) : actual;
  return { entered: pct(r.entered), actual, error: [round1(Math.max(0, actual - lower)), round1(Math.max(0, upper - actual))], lower, upper, count: r.count, won: r.won, suggested: pct(r.suggested) };
}

/** Bands with closed deals, as dots; empty bands are left out (nothing to plot). */
export function calibrationPoints(bands: TForecastSnapshot['calibration']['bands']): TCalibrationPoint[] {
  return bands.flatMap((b) => {
    const figures = calibrationFigures(b);
    return figures ? [{ band: b.band, ...figures }] : [];
  });
}

/** A stage's calibration: the closed deals that reached the stage (`stage` null for deals with no stage recorded). */
export type TStageCalibration = TCalibrationFigures & { stage: string | null };

/** Stages closed deals reached, most deals first: do deals that reached "Negotiation" win as often as people entered? */
export function calibrationStages(stages: TForecastSnapshot['calibration']['stages']): TStageCalibration[] {
  return stages
    .flatMap((s) => {
      const figures = calibrationFigures(s);
      return figures ? [{ stage: s.stage === NO_STAGE ? null : s.stage, ...figures }] : [];
    })
    .sort((a, b) => b.count - a.count || (a.stage ?? '').localeCompare(b.stage ?? ''));
}

/** What domain/forecast/calibration.ts names deals closed with no stage (replaced by a translated label). */
const NO_STAGE = 'No stage';

/** One past month of the accuracy chart: forecast (Monte Carlo mean) against actual, with the P10–P90 band. */
/** One past month: what was forecast before it began, what closed; `error` is forecast − actual, `bias` that error ÷ actual (null when nothing closed). */
export type TAccuracyRow = { month: string; forecast: number; actual: number; weighted: number; band: [number, number]; ape: number | null; asOf: string; error: number; bias: number | null };

export function accuracyRows(accuracy: TForecastSnapshot['accuracy']): TAccuracyRow[] {
  return accuracy.months.map((m) => ({
    month: m.month,
    forecast: m.forecastMinor,
    actual: m.actualMinor,
    weighted: m.weightedMinor,
    band: [m.p10Minor, m.p90Minor],
    ape: m.absPercentError,
    asOf: m.snapshotAsOf,
    error: m.forecastMinor - m.actualMinor,
    bias: m.actualMinor > 0 ? (m.forecastMinor - m.actualMinor) / m.actualMinor : null,
  }));
}

/**
 * The weighted open pipeline the forecast at the start of the period showed
 * for the same window. A rolling window ('next 3 months') is as many months
 * as `shown`, at the same offset from its first month as `shown` has in
 * `months` (the next 3 months then against the next 3 months now); a
 * calendar window (a quarter) is the same months. Null without such a
 * forecast or when its horizon does not hold the window.
 */
export function openingWeighted(
  opening: { months: string[]; weightedByMonth: Record<string, number> } | null,
  months: readonly string[],
  shown: readonly string[],
  window: 'rolling' | 'calendar' = 'rolling',
): number | null {
  if (!opening || shown.length === 0) return null;
  const offset = months.indexOf(shown[0]!);
  const then = window === 'calendar' ? opening.months.filter((m) => shown.includes(m)) : opening.months.slice(offset, offset + shown.length);
  if (offset < 0 || then.length < shown.length) return null;
  return then.reduce((sum, month) => sum + (opening.weightedByMonth[month] ?? 0), 0);
}
