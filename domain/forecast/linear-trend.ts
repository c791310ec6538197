import { linearRegression, mean } from 'simple-statistics';
import { normalQuantile } from './normal-quantile';
import type { TForecastPoint } from './hw-predict';

export type TLinearTrendFit = {
  /** Value at t = 0 and change per step (t = 1 … n are the observations). */
  intercept: number;
  slope: number;
  /** Residual standard error √(SSE / (n − 2)); null with fewer than 3 points. */
  residualStandardError: number | null;
  sse: number;
};

/**
 * The short-history fallback: an ordinary least-squares line through
 * (1, x1) … (n, xn) (simple-statistics linearRegression). One point gives a
 * flat line. Needs at least one value.
 */
export function fitLinearTrend(x: readonly number[]): TLinearTrendFit {
  if (x.length === 0) throw new RangeError('fitLinearTrend: empty series');
  const { m, b } = x.length === 1 ? { m: 0, b: x[0]! } : linearRegression(x.map((v, i) => [i + 1, v]));
  const sse = x.reduce((sum, v, i) => sum + (v - (b + m * (i + 1))) ** 2, 0);
  return { intercept: b, slope: m, sse, residualStandardError: x.length > 2 ? Math.sqrt(sse / (x.length - 2)) : null };
}

/**
 * Forecasts of the fitted line for t = n+1 … n+horizon with OLS prediction
 * intervals ± z·RSE·√(1 + 1/n + (t − t̄)²/Sxx), z the normal quantile for
 * `level`. With so little history a Student-t quantile would be wider; the
 * normal one is used (and said so by the caller's message). Bounds are null
 * when the RSE cannot be estimated (n < 3).
 */
export function predictLinearTrend(fit: TLinearTrendFit, n: number, horizon: number, level = 0.95): TForecastPoint[] {
  const tBar = mean(Array.from({ length: n }, (_, i) => i + 1));
  let sxx = 0;
  for (let t = 1; t <= n; t++) sxx += (t - tBar) ** 2;
  const z = normalQuantile((1 + level) / 2);
  return Array.from({ length: horizon }, (_, i) => {
    const t = n + i + 1;
    const value = fit.intercept + fit.slope * t;
    if (fit.residualStandardError === null) return { step: i + 1, mean: value, lower: null, upper: null };
    const half = z * fit.residualStandardError * Math.sqrt(1 + 1 / n + (sxx > 0 ? (t - tBar) ** 2 / sxx : 0));
    return { step: i + 1, mean: value, lower: value - half, upper: value + half };
  });
}
