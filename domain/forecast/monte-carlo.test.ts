import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { analyticMoments, simulateRevenue, type TSimDeal } from './monte-carlo';
import type { TMonth } from '../invoicing/months';

const months: TMonth[] = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const deals: TSimDeal[] = [
  { amountMinor: 1_000_000, probability: 0.9, expectedMonth: '2026-01' },
  { amountMinor: 250_000, probability: 0.5, expectedMonth: '2026-01' },
  { amountMinor: 4_000_000, probability: 0.2, expectedMonth: '2026-02' },
  { amountMinor: 730_000, probability: 0.75, expectedMonth: '2026-03' },
  { amountMinor: 1_500_000, probability: 0.1, expectedMonth: '2026-04' },
];

describe('simulateRevenue', () => {
  it('matches the analytic mean Σv·p and variance Σv²·p(1−p) of the total', () => {
    const iterations = 40_000;
    const result = simulateRevenue({ deals, months, slippage: [], iterations, seed: 'analytic' });
    const { mean, variance } = analyticMoments(deals);
    expect(mean).toBe(2_522_500);
    expect(variance).toBeCloseTo(2_968_043_750_000, 0);
    // Standard error of the mean is √(var/n) ≈ 8,850: allow 4 of them.
    expect(Math.abs(result.total.mean - mean)).toBeLessThan(4 * Math.sqrt(variance / iterations));
    // The sample variance of n runs has a relative standard error of about √(2/n) ≈ 0.7 % here (more with skew).
    expect(Math.abs(result.total.sd ** 2 / variance - 1)).toBeLessThan(0.04);
    expect(result.months[0]!.mean).toBeCloseTo(0.9 * 1_000_000 + 0.5 * 250_000, -4);
  });

  it('is reproducible for a seed and changes with the seed', () => {
    const run = (seed: string) => simulateRevenue({ deals, months, slippage: [0, 1, 2], iterations: 2_000, seed });
    expect(run('board-2026')).toEqual(run('board-2026'));
    expect(run('board-2026').total.mean).not.toBe(run('other').total.mean);
  });

  it('moves mass to later months with slippage and loses what slips past the horizon', () => {
    const one = [{ amountMinor: 100_000, probability: 1, expectedMonth: '2026-05' as TMonth }];
    const onTime = simulateRevenue({ deals: one, months, slippage: [0], iterations: 1_000, seed: 1 });
    const slipped = simulateRevenue({ deals: one, months, slippage: [0, 1, 1, 2], iterations: 4_000, seed: 1 });
    expect(onTime.months.map((m) => m.mean)).toEqual([0, 0, 0, 0, 100_000, 0]);
    expect(slipped.months[4]!.mean).toBeCloseTo(25_000, -4);
    expect(slipped.months[5]!.mean).toBeCloseTo(50_000, -4);
    expect(slipped.total.mean).toBeCloseTo(75_000, -4); // a 2-month slip leaves June
  });

  it('reports integer P10 ≤ P50 ≤ P90 per month and per quarter, overdue deals counted first', () => {
    const overdue = [...deals, { amountMinor: 300_000, probability: 1, expectedMonth: '2025-11' as TMonth }];
    const result = simulateRevenue({ deals: overdue, months, slippage: [], iterations: 3_000, seed: 9 });
    expect(result.quarters.map((q) => q.quarter)).toEqual(['2026-Q1', '2026-Q2']);
    for (const s of [...result.months, ...result.quarters, result.total]) {
      expect(Number.isInteger(s.p10) && Number.isInteger(s.p50) && Number.isInteger(s.p90)).toBe(true);
      expect(s.p10 <= s.p50 && s.p50 <= s.p90).toBe(true);
    }
    expect(result.months[0]!.p10).toBeGreaterThanOrEqual(300_000);
  });

  it('gives zeros for an empty pipeline', () => {
    const result = simulateRevenue({ deals: [], months, slippage: [], iterations: 10, seed: 1 });
    expect(result.total).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0, sd: 0 });
  });

  it.each([
    [{ iterations: 0 }, /iterations/],
    [{ slippage: [-1] }, /slippage/],
    [{ deals: [{ amountMinor: 10.5, probability: 0.5, expectedMonth: '2026-01' as TMonth }] }, /whole minor units/],
    [{ deals: [{ amountMinor: 10, probability: 1.5, expectedMonth: '2026-01' as TMonth }] }, /probability/],
  ])('refuses bad input %#', (patch, message) => {
    const run = () => simulateRevenue({ deals, months, slippage: [], iterations: 10, seed: 1, ...patch });
    expect(run).toThrow(AppError);
    expect(run).toThrow(message);
  });
});
