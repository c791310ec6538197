/**
 * Central finite differences exactly as R's optim() takes them for a bounded
 * method (fmingr in src/library/stats/src/optim.c): step `ndeps` (R's default
 * 1e-3) each side, shortened to stay within [lower, upper], divided by the
 * width actually used. Costs 2n evaluations of `fn`.
 */
export function numericGradient(
  fn: (x: number[]) => number,
  x: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  ndeps = 1e-3,
): number[] {
  const probe = [...x];
  return x.map((xi, i) => {
    let up = xi + ndeps;
    let epsUp = ndeps;
    if (up > upper[i]!) {
      up = upper[i]!;
      epsUp = up - xi;
    }
    probe[i] = up;
    const f1 = fn(probe);
    let down = xi - ndeps;
    let epsDown = ndeps;
    if (down < lower[i]!) {
      down = lower[i]!;
      epsDown = xi - down;
    }
    probe[i] = down;
    const f2 = fn(probe);
    probe[i] = xi;
    const df = (f1 - f2) / (epsUp + epsDown);
    if (!Number.isFinite(df)) throw new RangeError(`non-finite finite-difference value [${i + 1}]`);
    return df;
  });
}
