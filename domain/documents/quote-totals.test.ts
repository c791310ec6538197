import { describe, expect, it } from 'vitest';
import { quoteTotals } from './quote-totals';

describe('quoteTotals', () => {
  it.each([
    // lines → net, tax, gross
    [[], 0, 0, 0],
    [[{ quantity: '1', unitPriceMinor: 10_000, discountBps: 0, taxRateBps: 2100 }], 10_000, 2100, 12_100],
    // 3 × 3.33 € = 9.99 net; 21 % tax = 2.0979 → 2.10.
    [[{ quantity: '3', unitPriceMinor: 333, discountBps: 0, taxRateBps: 2100 }], 999, 210, 1209],
    // Two lines each with a half-cent tax: rounded per line (1 + 1), not on the sum (0.5 + 0.5 = 1).
    [
      [
        { quantity: '5', unitPriceMinor: 1, discountBps: 0, taxRateBps: 1000 },
        { quantity: '5', unitPriceMinor: 1, discountBps: 0, taxRateBps: 1000 },
      ],
      10,
      2,
      12,
    ],
    // Discount first, then tax on the rounded net: 2.5 × 1.99 € − 10 % = 4.4775 → 4.48; 21 % = 0.9408 → 0.94.
    [[{ quantity: '2.5', unitPriceMinor: 199, discountBps: 1000, taxRateBps: 2100 }], 448, 94, 542],
    // Mixed tax rates (21 % and 10 %) and a 100 % discount line.
    [
      [
        { quantity: '2', unitPriceMinor: 125_050, discountBps: 1500, taxRateBps: 2100 },
        { quantity: '10', unitPriceMinor: 4_999, discountBps: 0, taxRateBps: 1000 },
        { quantity: '1', unitPriceMinor: 30_000, discountBps: 10_000, taxRateBps: 2100 },
      ],
      212_585 + 49_990,
      44_643 + 4_999,
      212_585 + 49_990 + 44_643 + 4_999,
    ],
  ])('%j', (lines, net, tax, gross) => {
    const result = quoteTotals(lines);
    expect(result.totals).toEqual({ netMinor: net, taxMinor: tax, grossMinor: gross });
    expect(result.lines.reduce((sum, l) => sum + l.grossMinor, 0)).toBe(gross);
  });

  it('keeps the line fields and adds each line’s totals', () => {
    const { lines } = quoteTotals([{ id: 'x', quantity: '1.5', unitPriceMinor: 1000, discountBps: 0, taxRateBps: 2100 }]);
    expect(lines[0]).toEqual({ id: 'x', quantity: '1.5', unitPriceMinor: 1000, discountBps: 0, taxRateBps: 2100, netMinor: 1500, taxMinor: 315, grossMinor: 1815 });
  });
});
