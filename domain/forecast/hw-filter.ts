/** Additive seasonality adds s to the level; multiplicative multiplies by it. */
export type TSeasonality = 'additive' | 'multiplicative';

export type THwState = {
  /** Level a, trend b and the `period` seasonal figures, before the first filtered point. */
  level: number;
  trend: number;
  season: number[];
};

export type THwFilterResult = {
  /** Sum of squared one-step-ahead errors over x[period..]. */
  sse: number;
  /** One-step-ahead forecasts x̂ for x[period..] (the fitted values). */
  fitted: number[];
  /** Final level, trend and the next `period` seasonal figures (R's a, b, s1…sp). */
  final: THwState;
};

/**
 * The Holt-Winters recursions exactly as R's C filter (stats/src/HoltWinters.c)
 * runs them, from the first observation after the first season:
 *   x̂ = (a + b) ± s,  a' = α(x ∓ s) + (1−α)(a + b),  b' = β(a' − a) + (1−β)b,
 *   s' = γ(x ∓ a') + (1−γ)s
 * (∓ is − / ÷ for additive / multiplicative). Parameters are clamped to [0, 1]
 * as R does before calling C.
 */
export function hwFilter(x: readonly number[], period: number, start: THwState, params: { alpha: number; beta: number; gamma: number }, seasonal: TSeasonality): THwFilterResult {
  const clamp = (v: number) => Math.max(Math.min(v, 1), 0);
  const alpha = clamp(params.alpha);
  const beta = clamp(params.beta);
  const gamma = clamp(params.gamma);
  const additive = seasonal === 'additive';
  let level = start.level;
  let trend = start.trend;
  const season = [...start.season];
  const fitted: number[] = [];
  let sse = 0;
  for (let i = period; i < x.length; i++) {
    const s = season[i - period]!;
    const base = level + trend;
    const xhat = additive ? base + s : base * s;
    fitted.push(xhat);
    const res = x[i]! - xhat;
    sse += res * res;
    const newLevel = alpha * (additive ? x[i]! - s : x[i]! / s) + (1 - alpha) * (level + trend);
    trend = beta * (newLevel - level) + (1 - beta) * trend;
    level = newLevel;
    season.push(gamma * (additive ? x[i]! - level : x[i]! / level) + (1 - gamma) * s);
  }
  return { sse, fitted, final: { level, trend, season: season.slice(season.length - period) } };
}
