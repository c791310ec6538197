/** Latency summary in milliseconds. */
export type TSummary = { n: number; mean: number; p50: number; p95: number; p99: number; max: number };

/**
 * Nearest-rank percentile of ascending `sorted` values (p in 0–100): the
 * smallest sample such that at least p % of samples are at or below it.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50/p95/p99, mean and max of raw samples (any order). */
export function summarize(samples: readonly number[]): TSummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** `measured / baseline`, NaN when the baseline is not positive. */
export function ratio(measured: number, baseline: number): number {
  return baseline > 0 ? measured / baseline : Number.NaN;
}
