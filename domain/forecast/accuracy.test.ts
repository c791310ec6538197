import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import type { TMonth } from '../invoicing/months';
import { accuracyBySnapshot, forecastAccuracy, type TAccuracyPoint } from './accuracy';

const point = (snapshotId: string, month: string, forecastMinor: number, actualMinor: number): TAccuracyPoint => ({ snapshotId, month: month as TMonth, forecastMinor, actualMinor, currency: 'EUR' });

describe('forecastAccuracy (hand-computed)', () => {
  const points = [point('s1', '2026-01', 110_000, 100_000), point('s1', '2026-02', 45_000, 50_000), point('s1', '2026-03', 20_000, 0)];
  const { rows, summary } = forecastAccuracy(points, 'EUR');

  it('computes errors per month', () => {
    expect(rows.map((r) => [r.errorMinor, r.absolutePercentageError])).toEqual([[10_000, 0.1], [-5_000, 0.1], [20_000, null]]);
  });

  it('skips zero-actual months in MAPE but keeps them in the bias', () => {
    expect(summary.mape).toBeCloseTo(0.1, 12); // (10 % + 10 %) / 2
    expect(summary.zeroActualMonths).toEqual(['2026-03']);
    expect(summary.bias).toBeCloseTo(25_000 / 150_000, 12); // (175,000 − 150,000) / 150,000
    expect(summary.meanErrorMinor).toBe(8_333); // 25,000 / 3 = 8,333.3 → 8,333
    expect(summary.meanPercentageError).toBeCloseTo(0, 12); // (+10 % − 10 %) / 2
  });

  it('has nulls, not NaN, with no months or only zero actuals', () => {
    expect(forecastAccuracy([], 'EUR').summary).toEqual({ months: 0, mape: null, zeroActualMonths: [], bias: null, meanPercentageError: null, meanErrorMinor: null });
    expect(forecastAccuracy([point('s', '2026-01', 5, 0)], 'EUR').summary).toMatchObject({ mape: null, bias: null, meanErrorMinor: 5 });
  });

  it('summarizes per snapshot', () => {
    const bySnapshot = accuracyBySnapshot([...points, point('s2', '2026-02', 50_000, 50_000)], 'EUR');
    expect(bySnapshot.map((s) => [s.snapshotId, s.summary.months, s.summary.mape])).toEqual([['s1', 3, expect.closeTo(0.1, 12)], ['s2', 1, 0]]);
  });

  it('refuses mixed currencies', () => {
    expect(() => forecastAccuracy([...points, { ...points[0]!, currency: 'GBP' }], 'EUR')).toThrow(AppError);
  });
});
