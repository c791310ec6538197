import { AppError } from '../app-error';
import { hwFilter, type TSeasonality } from './hw-filter';
import type { THwModel } from './hw-predict';
import { hwStartValues } from './hw-start-values';
import { lbfgsb } from './optim/lbfgsb';

export type THoltWintersOptions = {
  /** Observations per season, e.g. 12 for monthly data with a yearly cycle (≥ 2). */
  period: number;
  seasonal: TSeasonality;
  /** Fixed smoothing parameters; when omitted all three are fitted. Give all three or none. */
  params?: { alpha: number; beta: number; gamma: number };
  /** Where the optimizer starts (R's optim.start). */
  start?: { alpha: number; beta: number; gamma: number };
};

export type THoltWintersFit = THwModel & {
  /** Sum of squared one-step-ahead errors at the fitted parameters. */
  sse: number;
  /** One-step-ahead forecasts for observations period+1 … n. */
  fitted: number[];
  optimizer: { convergence: number; message: string; iterations: number } | null;
};

/**
 * Seasonal Holt-Winters with trend, fitted as R's stats::HoltWinters(x,
 * seasonal = ...) does: start values from a decomposition of the first two
 * seasons, then α, β, γ ∈ [0, 1] minimizing the SSE with L-BFGS-B from
 * (0.3, 0.1, 0.1). Needs at least two full seasons; multiplicative needs
 * non-zero data. Throws INVALID_INPUT otherwise.
 */
export function fitHoltWinters(x: readonly number[], opts: THoltWintersOptions): THoltWintersFit {
  const { period, seasonal } = opts;
  if (!Number.isInteger(period) || period < 2) invalid(`the seasonal period must be an integer ≥ 2 (got ${period})`);
  if (x.length < 2 * period) invalid(`Holt-Winters needs at least two full seasons (${2 * period} values; got ${x.length})`);
  if (x.some((v) => !Number.isFinite(v))) invalid('the series has a missing or non-numeric value');
  if (seasonal === 'multiplicative' && x.some((v) => v === 0)) invalid('multiplicative seasonality needs non-zero values');
  const startValues = hwStartValues(x, period, seasonal);
  const sseOf = (p: number[]) => hwFilter(x, period, startValues, { alpha: p[0]!, beta: p[1]!, gamma: p[2]! }, seasonal).sse;
  let params = opts.params;
  let optimizer: THoltWintersFit['optimizer'] = null;
  if (params) {
    const { alpha, beta, gamma } = params;
    if (![alpha, beta, gamma].every((v) => v >= 0 && v <= 1) || alpha === 0) invalid('alpha, beta and gamma must be in [0, 1], alpha above 0');
  } else {
    const s = opts.start ?? { alpha: 0.3, beta: 0.1, gamma: 0.1 };
    const result = lbfgsb(sseOf, [s.alpha, s.beta, s.gamma], { lower: [0, 0, 0], upper: [1, 1, 1] });
    if (result.convergence !== 0 && result.convergence <= 50) invalid(`the optimizer failed: ${result.message}`);
    params = { alpha: result.par[0]!, beta: result.par[1]!, gamma: result.par[2]! };
    optimizer = { convergence: result.convergence, message: result.message, iterations: result.iterations };
  }
  const fit = hwFilter(x, period, startValues, params, seasonal);
  return {
    seasonal,
    period,
    ...params,
    coefficients: { a: fit.final.level, b: fit.final.trend, s: fit.final.season },
    sse: fit.sse,
    fitted: fit.fitted,
    residuals: fit.fitted.map((xhat, i) => x[period + i]! - xhat),
    optimizer,
  };
}

function invalid(message: string): never {
  throw new AppError('INVALID_INPUT', { message: `Holt-Winters: ${message}` });
}
