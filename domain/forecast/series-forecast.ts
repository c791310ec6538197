import { AppError } from '../app-error';
import { fitHoltWinters, type THoltWintersFit } from './holt-winters';
import type { TSeasonality } from './hw-filter';
import { predictHoltWinters, type TForecastPoint } from './hw-predict';
import { fitLinearTrend, predictLinearTrend, type TLinearTrendFit } from './linear-trend';

export type TSeriesForecastOptions = {
  /** Steps to forecast (≥ 1). */
  horizon: number;
  /** Observations per season (12 for monthly data). */
  period: number;
  seasonal: TSeasonality;
  /** Prediction-interval level in (0, 1); default 0.95. */
  level?: number;
};

export type TSeriesForecast =
  | { method: 'holt-winters'; fallback: false; message: null; model: THoltWintersFit; forecasts: TForecastPoint[] }
  | { method: 'linear-trend'; fallback: true; message: string; model: TLinearTrendFit; forecasts: TForecastPoint[] };

/**
 * Forecast of any regular series (e.g. monthly bookings in minor units):
 * Holt-Winters when there are at least two full seasons, else a linear trend
 * with a message saying so. Values are plain numbers; rounding to money is
 * the caller's business.
 */
export function forecastSeries(x: readonly number[], opts: TSeriesForecastOptions): TSeriesForecast {
  const level = opts.level ?? 0.95;
  if (!Number.isInteger(opts.horizon) || opts.horizon < 1) invalid(`horizon must be a positive integer (got ${opts.horizon})`);
  if (!(level > 0 && level < 1)) invalid(`level must be between 0 and 1 (got ${level})`);
  if (x.length === 0) invalid('the series is empty');
  if (x.some((v) => !Number.isFinite(v))) invalid('the series has a missing or non-numeric value');
  if (x.length >= 2 * opts.period) {
    const model = fitHoltWinters(x, { period: opts.period, seasonal: opts.seasonal });
    return { method: 'holt-winters', fallback: false, message: null, model, forecasts: predictHoltWinters(model, opts.horizon, level) };
  }
  const model = fitLinearTrend(x);
  const message = `Only ${x.length} value${x.length === 1 ? '' : 's'}: Holt-Winters needs two full seasons (${2 * opts.period}), so this is a linear trend${model.residualStandardError === null ? ' without intervals (fewer than 3 values)' : ' with normal-approximation intervals from the residual standard error'}.`;
  return { method: 'linear-trend', fallback: true, message, model, forecasts: predictLinearTrend(model, x.length, opts.horizon, level) };
}

function invalid(message: string): never {
  throw new AppError('INVALID_INPUT', { message: `Forecast: ${message}` });
}
