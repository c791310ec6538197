import { sampleVariance } from 'simple-statistics';
import { normalQuantile } from './normal-quantile';
import type { TSeasonality } from './hw-filter';

/** What prediction needs from a fitted model (see fitHoltWinters). */
export type THwModel = {
  seasonal: TSeasonality;
  period: number;
  alpha: number;
  beta: number;
  gamma: number;
  coefficients: { a: number; b: number; s: number[] };
  /** One-step-ahead errors x − x̂ over the fitted span. */
  residuals: number[];
};

/** One forecast step: the point forecast and its prediction interval. */
export type TForecastPoint = { step: number; mean: number; lower: number | null; upper: number | null };

/**
 * R's predict.HoltWinters(n.ahead = horizon, prediction.interval = TRUE,
 * level): forecasts a + h·b (+ or ×) s[(h−1) mod p] with bounds
 * ± qnorm((1+level)/2)·√var(h), where var(h) is var(residuals) times
 * 1 + Σ_{j<h} ψ(j)² (additive) and ψ(j) = α(1 + jβ) + [j mod p = 0]·γ(1 − α).
 * The multiplicative variance follows R's formula literally, including its
 * use of coefficients[2] (the trend b) as divisor when (rel − j) mod p = 0,
 * so the numbers match R; those intervals are an approximation either way.
 */
export function predictHoltWinters(model: THwModel, horizon: number, level = 0.95): TForecastPoint[] {
  const { a, b, s } = model.coefficients;
  const f = model.period;
  const sigma2 = sampleVariance(model.residuals);
  const z = normalQuantile((1 + level) / 2);
  const coef = [a, b, ...s];
  const psi = (j: number) => model.alpha * (1 + j * model.beta) + (j % f === 0 ? model.gamma * (1 - model.alpha) : 0);
  const variance = (h: number) => {
    if (model.seasonal === 'additive') {
      let sum = 1;
      for (let j = 1; j < h; j++) sum += psi(j) ** 2;
      return sigma2 * sum;
    }
    const rel = 1 + ((h - 1) % f);
    let sum = 0;
    for (let j = 0; j < h; j++) sum += ((psi(j) * coef[1 + rel]!) / coef[1 + mod(rel - j, f)]!) ** 2;
    return sigma2 * sum;
  };
  return Array.from({ length: horizon }, (_, i) => {
    const h = i + 1;
    const base = a + h * b;
    const season = s[(h - 1) % f]!;
    const mean = model.seasonal === 'additive' ? base + season : base * season;
    const half = z * Math.sqrt(variance(h));
    return { step: h, mean, lower: mean - half, upper: mean + half };
  });
}

/** R's %% for integers: the result has the sign of the divisor. */
const mod = (x: number, m: number) => ((x % m) + m) % m;
