import { addMonths } from '~/domain/invoicing/months';
import type { TSeasonality } from '~/domain/forecast/hw-filter';
import { parseSeriesCsv } from '~/domain/forecast/parse-series-csv';
import { forecastSeries } from '~/domain/forecast/series-forecast';

export type TSeriesReportOptions = { horizon: number; seasonal: TSeasonality; frequency: number; level: number };

/**
 * The JSON the CLI prints for `--series`: fitted parameters, coefficients
 * (a, b, s1…sf as R names them), SSE and the forecasts with their interval,
 * full precision so they can be compared with R or any other tool. For the
 * linear-trend fallback alpha/beta/gamma are null, `a` is the line's value
 * at the last observation and `b` its slope.
 */
export function seriesReport(csvText: string, file: string, opts: TSeriesReportOptions) {
  const { months, values } = parseSeriesCsv(csvText);
  const result = forecastSeries(values, { horizon: opts.horizon, period: opts.frequency, seasonal: opts.seasonal, level: opts.level });
  const last = months[months.length - 1]!;
  const forecasts = result.forecasts.map((p) => ({ month: addMonths(last, p.step), mean: p.mean, lower: p.lower, upper: p.upper }));
  const input = { file, observations: values.length, first: months[0]!, last, frequency: opts.frequency, seasonal: opts.seasonal, horizon: opts.horizon, level: opts.level };
  if (result.method === 'holt-winters') {
    const { alpha, beta, gamma, coefficients, sse, optimizer } = result.model;
    const s = Object.fromEntries(coefficients.s.map((v, i) => [`s${i + 1}`, v]));
    return { input, method: result.method, fallback: false, message: optimizer && optimizer.convergence !== 0 ? `optimization difficulties: ${optimizer.message}` : null, alpha, beta, gamma, coefficients: { a: coefficients.a, b: coefficients.b, ...s }, sse, forecasts };
  }
  const { intercept, slope, sse } = result.model;
  return { input, method: result.method, fallback: true, message: result.message, alpha: null, beta: null, gamma: null, coefficients: { a: intercept + slope * values.length, b: slope }, sse, forecasts };
}

export type TSeriesReport = ReturnType<typeof seriesReport>;

/** A short human-readable rendering of the report for the terminal. */
export function formatSeriesReport(report: TSeriesReport): string {
  const num = (v: number | null, digits = 4) => (v === null ? '—' : v.toFixed(digits));
  const lines = [
    `${report.input.file}: ${report.input.observations} months ${report.input.first} … ${report.input.last}`,
    report.fallback ? `Linear trend (fallback). ${report.message}` : `Holt-Winters, ${report.input.seasonal} seasonality, period ${report.input.frequency}${report.message ? ` (${report.message})` : ''}`,
    report.fallback ? '' : `alpha ${num(report.alpha, 6)}  beta ${num(report.beta, 6)}  gamma ${num(report.gamma, 6)}`,
    `SSE ${num(report.sse)}   a ${num(report.coefficients.a)}   b ${num(report.coefficients.b)}`,
    '',
    `month      forecast     lower (${report.input.level * 100}%)   upper`,
    ...report.forecasts.map((f) => `${f.month}  ${num(f.mean, 2).padStart(12)}  ${num(f.lower, 2).padStart(12)}  ${num(f.upper, 2).padStart(12)}`),
  ];
  return lines.filter((line, i) => line !== '' || i === 4).join('\n');
}
