import { minorToDecimalString } from '~/domain/export/decimal-string';
import type { TForecastKpi } from '~/domain/forecast/snapshot';
import type { TAccuracyRow, TBookingsMonth, TCalibrationPoint, TFanRow, TPipelineMonth, TStageCalibration } from './chart-data';
import { shareToPercentString, type TCsvColumn } from './csv';

/** Header translator: a key of the `forecastReport` namespace, with the currency filled in. */
export type TCsvHeader = (key: string) => string;

/** An override-table row as exported: names resolved, money in minor units. */
export type TOverrideCsvRow = { owner: string; month: string; category: string; originalMinor: number; effectiveMinor: number; note: string | null; by: string | null; at: string | null };
export type TKpiCsvRow = { label: string; kpi: TForecastKpi };

/**
 * Column sets of every table in the report. Amounts are exact decimal
 * strings of the organization's currency (never floats), shares are
 * percentages with one decimal, months stay 'YYYY-MM' for spreadsheets.
 */
/** Forecast months and the current month; the last actual month only carries the line's joint. */
const isForecast = (r: TBookingsMonth) => r.forecast !== null && (r.actual === null || r.partial);

export function csvTables(h: TCsvHeader, currency: string) {
  const money = (minor: number | null) => (minor === null ? null : minorToDecimalString(minor, currency));
  const rounded = (value: number | null) => (value === null ? null : money(Math.round(value)));
  const pipeline: TCsvColumn<TPipelineMonth>[] = [
    { header: h('csv.month'), value: (r) => r.month },
    { header: h('csv.deals'), value: (r) => r.deals },
    ...(['closed', 'commit', 'best_case', 'pipeline', 'omitted'] as const).map((c): TCsvColumn<TPipelineMonth> => ({ header: `${h(`categories.${c}`)} (${currency})`, value: (r) => money(r[c]) })),
    { header: h('csv.unweighted'), value: (r) => money(r.unweighted) },
    { header: h('csv.weighted'), value: (r) => money(r.weighted) },
    ...(['closed', 'commit', 'best_case', 'pipeline'] as const).map((c): TCsvColumn<TPipelineMonth> => ({ header: `${h('csv.weightedPrefix')}: ${h(`categories.${c}`)} (${currency})`, value: (r) => (r.weightedBy ? money(r.weightedBy[c]) : null) })),
  ];
  const bookings: TCsvColumn<TBookingsMonth>[] = [
    { header: h('csv.month'), value: (r) => r.month },
    { header: h('csv.actual'), value: (r) => money(r.actual) },
    { header: h('csv.forecast'), value: (r) => (isForecast(r) ? money(r.forecast) : null) },
    { header: h('csv.lower'), value: (r) => (isForecast(r) && r.band ? money(r.band[0]) : null) },
    { header: h('csv.upper'), value: (r) => (isForecast(r) && r.band ? money(r.band[1]) : null) },
  ];
  const fan = (bucket: 'month' | 'quarter'): TCsvColumn<TFanRow>[] => [
    { header: h(`csv.${bucket}`), value: (r) => r.bucket },
    { header: h('csv.p10'), value: (r) => money(r.p10) },
    { header: h('csv.p50'), value: (r) => money(r.p50) },
    { header: h('csv.p90'), value: (r) => money(r.p90) },
    { header: h('csv.mean'), value: (r) => rounded(r.mean) },
  ];
  const calibrationFigures = <T extends Omit<TCalibrationPoint, 'band'>>(): TCsvColumn<T>[] => [
    { header: h('csv.deals'), value: (r) => r.count },
    { header: h('csv.won'), value: (r) => r.won },
    { header: h('csv.entered'), value: (r) => r.entered.toFixed(1) },
    { header: h('csv.winRate'), value: (r) => r.actual.toFixed(1) },
    { header: h('csv.lowerPct'), value: (r) => r.lower.toFixed(1) },
    { header: h('csv.upperPct'), value: (r) => r.upper.toFixed(1) },
    { header: h('csv.suggested'), value: (r) => r.suggested.toFixed(1) },
  ];
  const calibration: TCsvColumn<TCalibrationPoint>[] = [{ header: h('csv.band'), value: (r) => r.band }, ...calibrationFigures<TCalibrationPoint>()];
  const calibrationStages: TCsvColumn<TStageCalibration>[] = [
    { header: h('csv.stage'), value: (r) => r.stage ?? h('calibration.noStage') },
    ...calibrationFigures<TStageCalibration>(),
  ];
  const accuracy: TCsvColumn<TAccuracyRow>[] = [
    { header: h('csv.month'), value: (r) => r.month },
    { header: h('csv.forecast'), value: (r) => money(r.forecast) },
    { header: h('csv.actual'), value: (r) => money(r.actual) },
    { header: h('csv.p10'), value: (r) => money(r.band[0]) },
    { header: h('csv.p90'), value: (r) => money(r.band[1]) },
    { header: h('csv.weighted'), value: (r) => money(r.weighted) },
    { header: h('csv.ape'), value: (r) => shareToPercentString(r.ape) },
    { header: h('csv.error'), value: (r) => money(r.error) },
    { header: h('csv.bias'), value: (r) => shareToPercentString(r.bias) },
  ];
  const overrides: TCsvColumn<TOverrideCsvRow>[] = [
    { header: h('csv.owner'), value: (r) => r.owner },
    { header: h('csv.month'), value: (r) => r.month },
    { header: h('csv.category'), value: (r) => r.category },
    { header: h('csv.original'), value: (r) => money(r.originalMinor) },
    { header: h('csv.effective'), value: (r) => money(r.effectiveMinor) },
    { header: h('csv.note'), value: (r) => r.note },
    { header: h('csv.by'), value: (r) => r.by },
    { header: h('csv.at'), value: (r) => r.at },
  ];
  const kpiValue = (kpi: TForecastKpi, value: number | null) => {
    if (value === null) return null;
    if (kpi.unit === 'money') return money(Math.round(value));
    if (kpi.unit === 'rate') return shareToPercentString(value);
    return String(Math.round(value * 100) / 100);
  };
  const kpis: TCsvColumn<TKpiCsvRow>[] = [
    { header: h('csv.kpi'), value: (r) => r.label },
    { header: h('csv.value'), value: (r) => kpiValue(r.kpi, r.kpi.value) },
    { header: h('csv.previous'), value: (r) => kpiValue(r.kpi, r.kpi.previous) },
    { header: h('csv.unit'), value: (r) => (r.kpi.unit === 'money' ? currency : r.kpi.unit === 'rate' ? '%' : r.kpi.unit) },
  ];
  return { pipeline, bookings, fanMonths: fan('month'), fanQuarters: fan('quarter'), calibration, calibrationStages, accuracy, overrides, kpis };
}
