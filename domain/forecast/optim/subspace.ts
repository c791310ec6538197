import { matVec, solveSpd, type TMatrix } from './dense';

/**
 * Subspace minimization of L-BFGS-B version 2.3 (the direct primal method):
 * with the variables held at the Cauchy point fixed, take the Newton step of
 * the quadratic model q(x) = g'(x − x0) + ½ (x − x0)'B(x − x0) in the free
 * variables, then backtrack along it so the point stays inside the box (the
 * first bound hit is set exactly). Returns null when the reduced matrix is
 * not positive definite, which makes the caller refresh its memory.
 */
export function subspaceMinimum(
  x0: number[],
  g: number[],
  xcp: number[],
  free: number[],
  lower: number[],
  upper: number[],
  b: TMatrix,
): number[] | null {
  const z = [...xcp];
  if (free.length === 0) return z;
  const bStep = matVec(b, xcp.map((v, i) => v - x0[i]!));
  const r = free.map((i) => -(g[i]! + bStep[i]!));
  const reduced = free.map((i) => free.map((j) => b[i]![j]!));
  const d = solveSpd(reduced, r);
  if (!d) return null;
  let alpha = 1;
  let hit = -1;
  free.forEach((k, i) => {
    const dk = d[i]!;
    let limit = alpha;
    if (dk < 0) {
      const room = lower[k]! - z[k]!;
      if (room >= 0) limit = 0;
      else if (dk * alpha < room) limit = room / dk;
    } else if (dk > 0) {
      const room = upper[k]! - z[k]!;
      if (room <= 0) limit = 0;
      else if (dk * alpha > room) limit = room / dk;
    }
    if (limit < alpha) {
      alpha = limit;
      hit = i;
    }
  });
  if (alpha < 1 && hit >= 0) {
    const k = free[hit]!;
    z[k] = d[hit]! > 0 ? upper[k]! : lower[k]!;
    d[hit] = 0;
  }
  free.forEach((k, i) => {
    z[k] = z[k]! + alpha * d[i]!;
  });
  return z;
}
