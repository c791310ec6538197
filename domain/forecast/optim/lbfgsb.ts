import { BfgsMemory } from './bfgs-memory';
import { cauchyPoint } from './cauchy-point';
import { dot } from './dense';
import { LineSearch } from './line-search';
import { numericGradient } from './numeric-gradient';
import { subspaceMinimum } from './subspace';

export type TLbfgsbOptions = {
  lower: number[];
  upper: number[];
  /** Stop when the relative reduction of f is ≤ factr × machine epsilon (R's default 1e7). */
  factr?: number;
  /** Stop when the largest projected-gradient component is ≤ pgtol (R's default 0: never). */
  pgtol?: number;
  /** Stored correction pairs (R's `lmm`, default 5). */
  m?: number;
  /** Iterations before giving up (R's `maxit`, default 100). */
  maxit?: number;
  /** Finite-difference step for the gradient (R's `ndeps`, default 1e-3). */
  ndeps?: number;
};

export type TLbfgsbResult = {
  par: number[];
  value: number;
  /** 0 converged, 1 iteration limit, 51 warning, 52 error (R's optim codes). */
  convergence: 0 | 1 | 51 | 52;
  message: string;
  iterations: number;
  evaluations: number;
};

/**
 * Box-constrained minimization by L-BFGS-B 2.3 with numerical gradients, the
 * algorithm and defaults behind R's `optim(method = "L-BFGS-B")`: generalized
 * Cauchy point, direct subspace minimization with backtracking into the box,
 * Moré–Thuente line search (first step 1; the first iteration capped to the
 * box), BFGS pairs skipped when s'y ≤ ε·(−g's). Every variable needs finite
 * bounds. Following R step by step means it stops where R stops, so fitted
 * parameters agree with R's published output digit for digit.
 */
export function lbfgsb(fn: (x: number[]) => number, start: number[], opts: TLbfgsbOptions): TLbfgsbResult {
  const { lower, upper, factr = 1e7, pgtol = 0, m = 5, maxit = 100, ndeps = 1e-3 } = opts;
  const n = start.length;
  const tol = factr * Number.EPSILON;
  let evaluations = 0;
  const evalFG = (x: number[]) => {
    evaluations++;
    return { f: fn(x), g: numericGradient(fn, x, lower, upper, ndeps) };
  };
  let x = start.map((v, i) => Math.min(Math.max(v, lower[i]!), upper[i]!));
  let { f, g } = evalFG(x);
  const memory = new BfgsMemory(n, m);
  const done = (convergence: TLbfgsbResult['convergence'], message: string, iterations: number): TLbfgsbResult => ({ par: x, value: f, convergence, message, iterations, evaluations });
  if (projectedGradientNorm(x, g, lower, upper) <= pgtol) return done(0, 'CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL', 0);

  let iter = 0;
  for (;;) {
    const b = memory.matrix();
    const { xcp, free } = cauchyPoint(x, g, lower, upper, b, memory.theta);
    let z = xcp;
    if (memory.size > 0 && free.length > 0) {
      const sub = subspaceMinimum(x, g, xcp, free, lower, upper, b);
      if (!sub) {
        memory.reset();
        continue;
      }
      z = sub;
    }
    const d = z.map((v, i) => v - x[i]!);
    const step = searchAlong(x, f, g, d, z, iter, lower, upper, evalFG);
    if (!step.ok) {
      if (memory.size === 0) return done(52, 'ERROR: ABNORMAL_TERMINATION_IN_LNSRCH', iter + 1);
      memory.reset();
      continue;
    }
    iter++;
    const fold = f;
    const gold = g;
    ({ x, f, g } = step);
    if (iter > maxit) return done(1, 'NEW_X', iter);
    if (projectedGradientNorm(x, g, lower, upper) <= pgtol) return done(0, 'CONVERGENCE: NORM OF PROJECTED GRADIENT <= PGTOL', iter);
    if (fold - f <= tol * Math.max(Math.abs(fold), Math.abs(f), 1)) return done(0, 'CONVERGENCE: REL_REDUCTION_OF_F <= FACTR*EPSMCH', iter);
    const y = g.map((v, i) => v - gold[i]!);
    const gdold = dot(gold, d);
    const sy = step.stp === 1 ? dot(g, d) - gdold : (dot(g, d) - gdold) * step.stp;
    const s = step.stp === 1 ? d : d.map((v) => v * step.stp);
    if (sy <= Number.EPSILON * -gdold * step.stp) continue; // curvature too small: skip the update
    memory.push(s, y, sy);
  }
}

/** Infinity norm of the projected gradient (zero at a box-constrained stationary point). */
export function projectedGradientNorm(x: number[], g: number[], lower: number[], upper: number[]): number {
  let norm = 0;
  g.forEach((gi, i) => {
    const pg = gi < 0 ? Math.max(gi, x[i]! - upper[i]!) : Math.min(gi, x[i]! - lower[i]!);
    norm = Math.max(norm, Math.abs(pg));
  });
  return norm;
}

type TStep = { ok: true; x: number[]; f: number; g: number[]; stp: number } | { ok: false };

/** L-BFGS-B's lnsrlb: the line search along d, never leaving the box, at most 20 backtracks. */
function searchAlong(
  x: number[], f0: number, g0: number[], d: number[], z: number[], iter: number,
  lower: number[], upper: number[], evalFG: (x: number[]) => { f: number; g: number[] },
): TStep {
  let stpmax = 1e10;
  if (iter === 0) stpmax = 1;
  else {
    d.forEach((di, i) => {
      if (di < 0) {
        const room = lower[i]! - x[i]!;
        if (room >= 0) stpmax = 0;
        else if (di * stpmax < room) stpmax = room / di;
      } else if (di > 0) {
        const room = upper[i]! - x[i]!;
        if (room <= 0) stpmax = 0;
        else if (di * stpmax > room) stpmax = room / di;
      }
    });
  }
  const search = new LineSearch(f0, dot(g0, d), 1, 0, stpmax);
  if (!search.valid) return { ok: false };
  let current = { x, f: f0, g: g0 };
  // Like dcsrch after 'START', the first request is φ at the initial step.
  let task: ReturnType<LineSearch['next']> = 'FG';
  for (let tries = 0; task === 'FG'; tries++) {
    if (tries >= 20) return { ok: false };
    const trial = search.stp === 1 ? [...z] : d.map((di, i) => search.stp * di + x[i]!);
    const { f, g } = evalFG(trial);
    current = { x: trial, f, g };
    task = search.next(f, dot(g, d));
  }
  return { ok: true, ...current, stp: search.stp };
}
