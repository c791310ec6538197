import { cubicStep, type TStepState } from './cubic-step';

/** Tolerances of L-BFGS-B's line search (sufficient decrease, curvature, interval width). */
const FTOL = 1e-3;
const GTOL = 0.9;
const XTOL = 0.1;

export type TLineSearchTask = 'FG' | 'CONVERGENCE' | 'WARNING';

/**
 * The Moré–Thuente line search (MINPACK-2 dcsrch) as L-BFGS-B drives it: a
 * state machine fed with φ(stp) and φ'(stp) that answers either with the
 * next step to evaluate ('FG') or with a final verdict. It seeks a step with
 * φ(stp) ≤ φ(0) + ftol·stp·φ'(0) and |φ'(stp)| ≤ gtol·|φ'(0)|.
 */
export class LineSearch {
  private stage = 1;
  private readonly finit: number;
  private readonly ginit: number;
  private readonly gtest: number;
  private width: number;
  private width1: number;
  private stmin = 0;
  private stmax: number;
  private readonly s: TStepState;
  stp: number;

  constructor(f0: number, g0: number, stp: number, private readonly stpmin: number, private readonly stpmax: number) {
    this.stp = stp;
    this.finit = f0;
    this.ginit = g0;
    this.gtest = FTOL * g0;
    this.width = stpmax - stpmin;
    this.width1 = this.width / 0.5;
    this.stmax = stp + 4 * stp;
    this.s = { stx: 0, fx: f0, dx: g0, sty: 0, fy: f0, dy: g0, brackt: false };
  }

  /** Whether the starting values are usable (a descent direction and a step within bounds). */
  get valid(): boolean {
    return this.stp >= this.stpmin && this.stp <= this.stpmax && this.ginit < 0;
  }

  /** Feeds φ and φ' at `this.stp`; afterwards `this.stp` is the next trial (or the final) step. */
  next(f: number, g: number): TLineSearchTask {
    const { s, gtest } = this;
    const ftest = this.finit + this.stp * gtest;
    if (this.stage === 1 && f <= ftest && g >= 0) this.stage = 2;
    let task: TLineSearchTask | null = null;
    if (s.brackt && (this.stp <= this.stmin || this.stp >= this.stmax)) task = 'WARNING';
    if (s.brackt && this.stmax - this.stmin <= XTOL * this.stmax) task = 'WARNING';
    if (this.stp === this.stpmax && f <= ftest && g <= gtest) task = 'WARNING';
    if (this.stp === this.stpmin && (f > ftest || g >= gtest)) task = 'WARNING';
    if (f <= ftest && Math.abs(g) <= GTOL * -this.ginit) task = 'CONVERGENCE';
    if (task) return task;

    if (this.stage === 1 && f <= s.fx && f > ftest) {
      // Modified function ψ(stp) = φ(stp) − φ(0) − ftol·stp·φ'(0) while decrease is insufficient.
      const m: TStepState = { ...s, fx: s.fx - s.stx * gtest, fy: s.fy - s.sty * gtest, dx: s.dx - gtest, dy: s.dy - gtest };
      this.stp = cubicStep(m, this.stp, f - this.stp * gtest, g - gtest, this.stmin, this.stmax);
      Object.assign(s, { stx: m.stx, sty: m.sty, brackt: m.brackt, fx: m.fx + m.stx * gtest, fy: m.fy + m.sty * gtest, dx: m.dx + gtest, dy: m.dy + gtest });
    } else {
      this.stp = cubicStep(s, this.stp, f, g, this.stmin, this.stmax);
    }
    if (s.brackt) {
      if (Math.abs(s.sty - s.stx) >= 0.66 * this.width1) this.stp = s.stx + 0.5 * (s.sty - s.stx);
      this.width1 = this.width;
      this.width = Math.abs(s.sty - s.stx);
      this.stmin = Math.min(s.stx, s.sty);
      this.stmax = Math.max(s.stx, s.sty);
    } else {
      this.stmin = this.stp + 1.1 * (this.stp - s.stx);
      this.stmax = this.stp + 4 * (this.stp - s.stx);
    }
    this.stp = Math.min(Math.max(this.stp, this.stpmin), this.stpmax);
    if (s.brackt && (this.stp <= this.stmin || this.stp >= this.stmax || this.stmax - this.stmin <= XTOL * this.stmax)) this.stp = s.stx;
    return 'FG';
  }
}
