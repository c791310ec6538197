import { dot, identity, matVec, type TMatrix } from './dense';

/** One correction pair: s = x(k+1) − x(k), y = g(k+1) − g(k). */
type TPair = { s: number[]; y: number[] };

/**
 * The limited-memory BFGS matrix of L-BFGS-B: the last `m` correction pairs
 * over B0 = θI with θ = y'y / s'y of the newest pair. Byrd, Nocedal and
 * Schnabel (1994) show the compact form used by the Fortran code equals
 * BFGS-updating θI with the stored pairs oldest first, which is what
 * `matrix()` does; with n ≤ 10 the dense n×n matrix is the simplest exact form.
 */
export class BfgsMemory {
  private pairs: TPair[] = [];
  theta = 1;

  constructor(
    private readonly n: number,
    private readonly m: number,
  ) {}

  /** Number of stored pairs ("col" in the Fortran code). */
  get size(): number {
    return this.pairs.length;
  }

  /** Forgets every pair (after a numerical breakdown), back to B = I. */
  reset(): void {
    this.pairs = [];
    this.theta = 1;
  }

  /** Stores a pair whose curvature s'y = `sy` is known to be positive. */
  push(s: number[], y: number[], sy: number): void {
    this.pairs.push({ s: [...s], y: [...y] });
    if (this.pairs.length > this.m) this.pairs.shift();
    this.theta = dot(y, y) / sy;
  }

  /** The dense n×n matrix B. */
  matrix(): TMatrix {
    const b = identity(this.n, this.theta);
    for (const { s, y } of this.pairs) {
      const bs = matVec(b, s);
      const sbs = dot(s, bs);
      const ys = dot(y, s);
      for (let i = 0; i < this.n; i++) {
        for (let j = 0; j < this.n; j++) b[i]![j] = b[i]![j]! - (bs[i]! * bs[j]!) / sbs + (y[i]! * y[j]!) / ys;
      }
    }
    return b;
  }
}
