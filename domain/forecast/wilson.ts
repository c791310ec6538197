import { normalQuantile } from './normal-quantile';

/**
 * Wilson score interval for a binomial proportion (Wilson 1927): better than
 * p̂ ± z·√(p̂(1−p̂)/n) for small n and rates near 0 or 1, never leaving [0, 1].
 * Null when there are no trials.
 */
export function wilsonInterval(successes: number, trials: number, level = 0.95): { lower: number; upper: number } | null {
  if (trials === 0) return null;
  const z = normalQuantile((1 + level) / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
