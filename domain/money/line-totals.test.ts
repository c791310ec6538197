import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { documentTotals } from './document-totals';
import { lineTotals } from './line-totals';
import { formatQuantity, parseQuantity } from './quantity';
import { divideRoundHalfUp } from './round-half-up';

describe('lineTotals', () => {
  it.each([
    // quantity, unit price, discount bps, tax bps → net, tax, gross
    ['1', 10_000, 0, 2100, 10_000, 2100, 12_100],
    ['3', 333, 0, 2100, 999, 210, 1209],
    ['0.5', 1, 0, 0, 1, 0, 1], // 0.5 cent rounds up
    ['2.5', 199, 1000, 2100, 448, 94, 542], // 447.75 → 448; 94.08 → 94
    ['37.5', 7500, 1250, 2100, 246_094, 51_680, 297_774], // 246093.75; 51679.74
    ['5', 1, 0, 1000, 5, 1, 6], // tax 0.5 → 1
    ['1.005', 100, 0, 0, 101, 0, 101], // float would give 100.49999…
    ['0.001', 500, 0, 2100, 1, 0, 1],
    ['-1', 250, 0, 2100, -250, -53, -303], // credits round away from zero
    ['12', 95_000, 10_000, 2100, 0, 0, 0],
    ['1000000', 13_200_000, 500, 2100, 12_540_000_000_000, 2_633_400_000_000, 15_173_400_000_000],
  ])('%s × %i, -%i bps, tax %i bps', (quantity, unitPriceMinor, discountBps, taxRateBps, net, tax, gross) => {
    expect(lineTotals({ quantity, unitPriceMinor, discountBps, taxRateBps })).toEqual({
      netMinor: net,
      taxMinor: tax,
      grossMinor: gross,
    });
  });

  it.each([
    [{ quantity: '1,5', unitPriceMinor: 100, discountBps: 0, taxRateBps: 0 }],
    [{ quantity: '1.2345', unitPriceMinor: 100, discountBps: 0, taxRateBps: 0 }],
    [{ quantity: '1e3', unitPriceMinor: 100, discountBps: 0, taxRateBps: 0 }],
    [{ quantity: '1', unitPriceMinor: 1.5, discountBps: 0, taxRateBps: 0 }],
    [{ quantity: '1', unitPriceMinor: 100, discountBps: -1, taxRateBps: 0 }],
    [{ quantity: '1', unitPriceMinor: 100, discountBps: 0, taxRateBps: 10_001 }],
    [{ quantity: '99999999999', unitPriceMinor: Number.MAX_SAFE_INTEGER, discountBps: 0, taxRateBps: 0 }],
  ])('rejects %o', (line) => {
    expect(() => lineTotals(line)).toThrow(AppError);
  });
});

describe('documentTotals', () => {
  it('sums rounded lines, so the document equals its lines', () => {
    const lines = [
      lineTotals({ quantity: '3', unitPriceMinor: 333, discountBps: 0, taxRateBps: 2100 }),
      lineTotals({ quantity: '2.5', unitPriceMinor: 199, discountBps: 1000, taxRateBps: 2100 }),
    ];
    expect(documentTotals(lines)).toEqual({ netMinor: 1447, taxMinor: 304, grossMinor: 1751 });
    expect(documentTotals([])).toEqual({ netMinor: 0, taxMinor: 0, grossMinor: 0 });
  });
});

describe('quantities and rounding', () => {
  it.each([
    ['12.5', 12_500n, '12.500'],
    ['0.125', 125n, '0.125'],
    ['-3', -3000n, '-3.000'],
    [' 7 ', 7000n, '7.000'],
    ['0.005', 5n, '0.005'],
  ])('%s ↔ %i thousandths', (text, thousandths, formatted) => {
    expect(parseQuantity(text)).toBe(thousandths);
    expect(formatQuantity(thousandths)).toBe(formatted);
  });

  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [5n, -3n, -2n],
    [0n, 7n, 0n],
  ])('%i / %i rounds half away from zero to %i', (n, d, q) => {
    expect(divideRoundHalfUp(n, d)).toBe(q);
  });
});
