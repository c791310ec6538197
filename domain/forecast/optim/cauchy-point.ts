import { dot, matVec, type TMatrix } from './dense';

export type TCauchyResult = {
  /** The generalized Cauchy point. */
  xcp: number[];
  /** Indices of the variables left free at the Cauchy point (not held at a bound). */
  free: number[];
};

/**
 * The generalized Cauchy point of L-BFGS-B (Byrd, Lu, Nocedal and Zhu 1995,
 * section 4): the first local minimizer of the quadratic model
 * q(s) = g's + ½ s'Bs along the projected steepest-descent path
 * P(x − t g, l, u), walked breakpoint by breakpoint. Every variable has
 * finite bounds l < u here. `theta` is B0's scale, used (as in the
 * reference code) to floor the curvature at machine-epsilon × θ‖d‖².
 */
export function cauchyPoint(x: number[], g: number[], lower: number[], upper: number[], b: TMatrix, theta: number): TCauchyResult {
  const n = x.length;
  const eps = Number.EPSILON;
  const status = new Array<number>(n).fill(0); // 0 moving/free, 1 at lower, 2 at upper, -3 free but not moved
  const d = new Array<number>(n).fill(0);
  const breaks: { t: number; i: number }[] = [];
  for (let i = 0; i < n; i++) {
    const negG = -g[i]!;
    const tl = x[i]! - lower[i]!;
    const tu = upper[i]! - x[i]!;
    if (tl <= 0) status[i] = negG <= 0 ? 1 : 0;
    else if (tu <= 0) status[i] = negG >= 0 ? 2 : 0;
    else status[i] = Math.abs(negG) <= 0 ? -3 : 0;
    if (status[i] !== 0) continue;
    d[i] = negG;
    if (negG < 0) breaks.push({ t: tl / -negG, i });
    else if (negG > 0) breaks.push({ t: tu / negG, i });
  }
  const xcp = [...x];
  const freeAt = () => status.flatMap((s, i) => (s <= 0 ? [i] : []));
  if (breaks.length === 0 && d.every((v) => v === 0)) return { xcp, free: freeAt() };

  const moved = new Array<number>(n).fill(0); // xcp − x for the variables already fixed
  const slope = (tsum: number) => dot(g, d) + dot(add(moved, d, tsum), matVec(b, d));
  let f2 = dot(d, matVec(b, d));
  const f2Floor = eps * theta * dot(d, d);
  let f1 = dot(g, d);
  let dtm = -f1 / f2;
  let tsum = 0;
  let tj = 0;
  // Smallest breakpoint first; later ones in ascending order (ties keep input order).
  const order = [...breaks].sort((p, q) => p.t - q.t);
  for (let k = 0; k < order.length; k++) {
    const { t, i } = order[k]!;
    const dt = t - tj;
    tj = t;
    if (dtm < dt) break;
    tsum += dt;
    const di = d[i]!;
    d[i] = 0;
    xcp[i] = di > 0 ? upper[i]! : lower[i]!;
    moved[i] = xcp[i]! - x[i]!;
    status[i] = di > 0 ? 2 : 1;
    if (k === order.length - 1 && order.length === n) return { xcp, free: freeAt() };
    f1 = slope(tsum);
    f2 = Math.max(dot(d, matVec(b, d)), f2Floor);
    // Past the last breakpoint only variables without bounds along d still move.
    dtm = k < order.length - 1 || d.some((v) => v !== 0) ? -f1 / f2 : 0;
  }
  tsum += Math.max(dtm, 0);
  for (let i = 0; i < n; i++) if (d[i] !== 0) xcp[i] = x[i]! + tsum * d[i]!;
  return { xcp, free: freeAt() };
}

/** `fixed` where set, else `t·d` (the point on the path at step t, as an offset from x). */
function add(fixed: number[], d: number[], t: number): number[] {
  return fixed.map((v, i) => (d[i] !== 0 ? t * d[i]! : v));
}
