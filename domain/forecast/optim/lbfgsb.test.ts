import { describe, expect, it } from 'vitest';
import { lbfgsb, projectedGradientNorm } from './lbfgsb';

const box = (n: number, lo: number, hi: number) => ({ lower: new Array<number>(n).fill(lo), upper: new Array<number>(n).fill(hi) });

describe('lbfgsb (bounded, numerical gradient)', () => {
  it.each([
    { name: 'interior minimum of a quadratic', fn: (x: number[]) => (x[0]! - 0.3) ** 2 + 2 * (x[1]! - 0.7) ** 2, start: [0.9, 0.1], bounds: box(2, 0, 1), expected: [0.3, 0.7] },
    { name: 'minimum outside the box lands on the corner', fn: (x: number[]) => (x[0]! - 2) ** 2 + (x[1]! + 1) ** 2, start: [0.5, 0.5], bounds: box(2, 0, 1), expected: [1, 0] },
    { name: 'one variable at a bound, one free', fn: (x: number[]) => (x[0]! + 3) ** 2 + (x[1]! - 0.25) ** 2 + x[0]! * x[1]!, start: [0.5, 0.5], bounds: box(2, 0, 1), expected: [0, 0.25] },
    { name: 'Rosenbrock in [-2, 2]²', fn: (x: number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2, start: [-1.2, 1], bounds: box(2, -2, 2), expected: [1, 1] },
    { name: 'three variables, coupled', fn: (x: number[]) => (x[0]! - x[1]!) ** 2 + (x[1]! - 0.5) ** 2 + (x[2]! - 0.9 * x[0]!) ** 2, start: [0.3, 0.1, 0.1], bounds: box(3, 0, 1), expected: [0.5, 0.5, 0.45] },
  ])('$name', ({ fn, start, bounds, expected }) => {
    const result = lbfgsb(fn, start, bounds);
    expect(result.convergence).toBe(0);
    result.par.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 2));
    result.par.forEach((v, i) => expect(v >= bounds.lower[i]! && v <= bounds.upper[i]!).toBe(true));
  });

  it('stops at the iteration limit like optim (convergence 1)', () => {
    const result = lbfgsb((x) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2, [-1.2, 1], { ...box(2, -2, 2), maxit: 3 });
    expect(result.convergence).toBe(1);
  });

  it('projects the gradient on the box', () => {
    expect(projectedGradientNorm([0, 0.5], [2, -0.1], [0, 0], [1, 1])).toBeCloseTo(0.1, 12);
    expect(projectedGradientNorm([1, 0.5], [-3, 0], [0, 0], [1, 1])).toBe(0);
  });
});
