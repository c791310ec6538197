import { mean } from 'simple-statistics';
import type { TMonth } from '../invoicing/months';
import { divideRoundHalfUp } from '../money/round-half-up';
import { assertSingleCurrency } from './currency-guard';
import type { TForecastSnapshot } from './snapshot';

/** What one snapshot forecast for a past month, and what actually closed (won) in it. */
export type TAccuracyPoint = { snapshotId: string; month: TMonth; forecastMinor: number; actualMinor: number; currency: string };

export type TAccuracyRow = TAccuracyPoint & {
  /** forecast − actual in minor units: positive means over-forecast. */
  errorMinor: number;
  /** |forecast − actual| ÷ actual; null when actual is 0 (percentage error undefined). */
  absolutePercentageError: number | null;
};

export type TAccuracySummary = {
  months: number;
  /** Mean absolute percentage error over the months with a non-zero actual; null if none. */
  mape: number | null;
  /** Months left out of the MAPE because nothing closed in them (they still count in the bias). */
  zeroActualMonths: TMonth[];
  /** (Σ forecast − Σ actual) ÷ Σ actual: +0.1 means 10 % over-forecast overall; null when Σ actual is 0. */
  bias: number | null;
  /** Mean of (forecast − actual) ÷ actual over months with a non-zero actual (signed MAPE); null if none. */
  meanPercentageError: number | null;
  /** Mean of forecast − actual in whole minor units (half-up). */
  meanErrorMinor: number | null;
};

/**
 * Forecast accuracy of past months. MAPE is the plain mean of |F − A| / A over
 * months with A ≠ 0; months with A = 0 are listed in `zeroActualMonths`
 * instead of blowing the mean up to infinity. Bias is aggregate (ΣF − ΣA) / ΣA,
 * which keeps zero-actual months and shows the direction of the error.
 * All points must be in `currency`.
 */
export function forecastAccuracy(points: readonly TAccuracyPoint[], currency: string): { rows: TAccuracyRow[]; summary: TAccuracySummary } {
  assertSingleCurrency(currency, points, 'a forecast point');
  const rows = points.map((p) => ({
    ...p,
    errorMinor: p.forecastMinor - p.actualMinor,
    absolutePercentageError: p.actualMinor === 0 ? null : Math.abs(p.forecastMinor - p.actualMinor) / Math.abs(p.actualMinor),
  }));
  const apes = rows.flatMap((r) => (r.absolutePercentageError === null ? [] : [r.absolutePercentageError]));
  const pes = rows.flatMap((r) => (r.actualMinor === 0 ? [] : [r.errorMinor / Math.abs(r.actualMinor)]));
  const sumForecast = rows.reduce((s, r) => s + r.forecastMinor, 0);
  const sumActual = rows.reduce((s, r) => s + r.actualMinor, 0);
  return {
    rows,
    summary: {
      months: rows.length,
      mape: apes.length > 0 ? mean(apes) : null,
      zeroActualMonths: rows.filter((r) => r.actualMinor === 0).map((r) => r.month),
      bias: sumActual === 0 ? null : (sumForecast - sumActual) / sumActual,
      meanPercentageError: pes.length > 0 ? mean(pes) : null,
      meanErrorMinor: rows.length === 0 ? null : Number(divideRoundHalfUp(BigInt(sumForecast - sumActual), BigInt(rows.length))),
    },
  };
}

/** The same summary per snapshot (e.g. "the forecast taken on 1 March"), snapshots in first-seen order. */
export function accuracyBySnapshot(points: readonly TAccuracyPoint[], currency: string): { snapshotId: string; summary: TAccuracySummary }[] {
  const ids = [...new Set(points.map((p) => p.snapshotId))];
  return ids.map((snapshotId) => ({ snapshotId, summary: forecastAccuracy(points.filter((p) => p.snapshotId === snapshotId), currency).summary }));
}

/** What a past snapshot forecast for one month: its Monte Carlo figures and its weighted open pipeline. */
export type TPastForecastPoint = { month: string; snapshotId: string; asOf: string; p10: number; p90: number; mean: number; weighted: number };

/**
 * The snapshot's accuracy section: each past forecast whose month has an
 * actual (`actualByMonth`: won amount per month, zero-filled over the months
 * bookings are known for) against it, with MAPE and bias (mean signed
 * percentage error).
 */
export function accuracySection(past: readonly TPastForecastPoint[], actualByMonth: ReadonlyMap<string, number>, currency: string): TForecastSnapshot['accuracy'] {
  const points = past.filter((p) => actualByMonth.has(p.month));
  const { rows, summary } = forecastAccuracy(
    points.map((p) => ({ snapshotId: p.snapshotId, month: p.month as TMonth, forecastMinor: Math.round(p.mean), actualMinor: actualByMonth.get(p.month)!, currency })),
    currency,
  );
  return {
    months: rows.map((r, i) => ({
      month: r.month,
      snapshotId: r.snapshotId,
      snapshotAsOf: points[i]!.asOf,
      forecastMinor: r.forecastMinor,
      p10Minor: points[i]!.p10,
      p90Minor: points[i]!.p90,
      weightedMinor: points[i]!.weighted,
      actualMinor: r.actualMinor,
      errorMinor: r.errorMinor,
      absPercentError: r.absolutePercentageError,
    })),
    mape: summary.mape,
    bias: summary.meanPercentageError,
  };
}
