/**
 * Small dense linear algebra for the bounded optimizer. Problems here have a
 * handful of variables (Holt-Winters has three), so plain arrays beat any
 * clever storage and keep every step readable.
 */
export type TVector = number[];
export type TMatrix = number[][];

export const dot = (a: readonly number[], b: readonly number[]): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

export const matVec = (m: TMatrix, v: readonly number[]): TVector => m.map((row) => dot(row, v));

export const identity = (n: number, scale = 1): TMatrix =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? scale : 0)));

/**
 * Solves `a x = b` for a symmetric positive definite `a` by Cholesky.
 * Returns null when `a` is not numerically positive definite (the caller
 * then refreshes its quasi-Newton memory, as L-BFGS-B does).
 */
export function solveSpd(a: TMatrix, b: readonly number[]): TVector | null {
  const n = b.length;
  const l: TMatrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let diag = a[j]![j]!;
    for (let k = 0; k < j; k++) diag -= l[j]![k]! ** 2;
    if (!(diag > 0)) return null;
    l[j]![j] = Math.sqrt(diag);
    for (let i = j + 1; i < n; i++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = sum / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}
