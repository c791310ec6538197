import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { applyDelivery, remainingToDeliver } from './delivery';
import { isFullyInvoiced, planInvoiceLines, remainingQuantities, type TInvoiceableLine } from './partial-invoicing';

const lines: TInvoiceableLine[] = [
  { id: 'a', position: 1, quantity: '10.000', unitPriceMinor: 1999, discountBps: 1000, taxRateBps: 2100 },
  { id: 'b', position: 2, quantity: '2.500', unitPriceMinor: 100_000, discountBps: 0, taxRateBps: 2100 },
];

describe('remaining quantities', () => {
  it('subtracts what non-cancelled invoices already carry, in thousandths', () => {
    const rest = remainingQuantities(lines, [
      { orderLineId: 'a', quantity: '3.300' },
      { orderLineId: 'a', quantity: '0.001' },
      { orderLineId: 'b', quantity: '2.5' },
      { orderLineId: null, quantity: '99' },
    ]);
    expect(rest).toEqual(new Map([['a', 6699n], ['b', 0n]]));
  });
});

describe('planInvoiceLines', () => {
  it('invoices everything remaining when no quantities are given, with per-line totals', () => {
    const planned = planInvoiceLines(lines, [{ orderLineId: 'a', quantity: '4' }], null);
    expect(planned).toEqual([
      // 6 × 19.99 − 10 % = 107.946 → 107.95; tax 22.6695 → 22.67
      { orderLineId: 'a', quantity: '6.000', netMinor: 10_795, taxMinor: 2267, grossMinor: 13_062 },
      { orderLineId: 'b', quantity: '2.500', netMinor: 250_000, taxMinor: 52_500, grossMinor: 302_500 },
    ]);
  });

  it.each([
    ['part of one line', [['a', '0.1']], [['a', '0.100', 180]]],
    ['exactly the rest', [['a', '6'], ['b', '2.5']], [['a', '6.000', 10_795], ['b', '2.500', 250_000]]],
    ['zero skips a line', [['a', '0'], ['b', '1']], [['b', '1.000', 100_000]]],
  ] as const)('%s', (_name, requested, expected) => {
    const planned = planInvoiceLines(lines, [{ orderLineId: 'a', quantity: '4' }], new Map(requested.map(([k, v]) => [k, v])));
    expect(planned.map((p) => [p.orderLineId, p.quantity, p.netMinor])).toEqual(expected);
  });

  it.each([
    ['over-invoicing a line', [['a', '6.001']], /Line 1: only 6 left to invoice \(got 6.001\)/],
    ['over-invoicing a fully invoiced line', [['b', '0.001']], /Line 2: only 0 left to invoice/],
    ['a negative quantity', [['a', '-1']], /must not be negative/],
    ['more than 3 decimals', [['a', '1.0001']], /at most 3 decimals/],
    ['a float-looking exponent', [['a', '1e1']], /at most 3 decimals/],
    ['a line of another order', [['zzz', '1']], /not part of this order/],
    ['nothing at all', [['a', '0']], /at least one line/],
  ] as const)('refuses %s', (_name, requested, message) => {
    const invoiced = [{ orderLineId: 'a', quantity: '4' }, { orderLineId: 'b', quantity: '2.5' }];
    expect(() => planInvoiceLines(lines, invoiced, new Map(requested.map(([k, v]) => [k, v])))).toThrow(message);
    expect(() => planInvoiceLines(lines, invoiced, new Map(requested.map(([k, v]) => [k, v])))).toThrow(AppError);
  });

  it('refuses a full invoice of an order that is already fully invoiced', () => {
    const invoiced = [{ orderLineId: 'a', quantity: '10' }, { orderLineId: 'b', quantity: '2.5' }];
    expect(isFullyInvoiced(lines, invoiced)).toBe(true);
    expect(() => planInvoiceLines(lines, invoiced, null)).toThrow(/already invoiced/);
  });

  it('adds 0.1 ten times to exactly 1 (no float drift)', () => {
    const one = [{ ...lines[0]!, quantity: '1' }];
    const tenths = Array.from({ length: 10 }, () => ({ orderLineId: 'a', quantity: '0.1' }));
    expect(isFullyInvoiced(one, tenths)).toBe(true);
    expect(isFullyInvoiced(one, tenths.slice(1))).toBe(false);
  });
});

describe('applyDelivery', () => {
  const order = [
    { id: 'a', position: 1, quantity: '10.000', deliveredQuantity: '0.000' },
    { id: 'b', position: 2, quantity: '2.500', deliveredQuantity: '1.000' },
  ];

  it.each([
    ['part of one line', 'confirmed', [['a', '4']], 'partially_delivered', [['a', '4.000']]],
    ['the rest of every line', 'partially_delivered', [['a', '10'], ['b', '1.5']], 'delivered', [['a', '10.000'], ['b', '2.500']]],
    ['zero is ignored', 'confirmed', [['a', '0'], ['b', '0.5']], 'partially_delivered', [['b', '1.500']]],
  ] as const)('%s', (_name, status, add, expectedStatus, delivered) => {
    const result = applyDelivery(status, order, new Map(add.map(([k, v]) => [k, v])));
    expect(result.status).toBe(expectedStatus);
    expect([...result.delivered]).toEqual(delivered);
  });

  it.each([
    ['more than ordered', 'confirmed', [['b', '1.501']], /Line 2: only 1.5 left to deliver/],
    ['a negative quantity', 'confirmed', [['a', '-1']], /must be positive/],
    ['nothing', 'confirmed', [['a', '0']], /at least one line/],
    ['an unknown line', 'confirmed', [['x', '1']], /not part of this order/],
    ['an entered order', 'entered', [['a', '1']], /Confirm the order/],
    ['a delivered order', 'delivered', [['a', '1']], /is delivered and takes no more deliveries/],
    ['a cancelled order', 'cancelled', [['a', '1']], /is cancelled and takes no more/],
  ] as const)('refuses %s', (_name, status, add, message) => {
    expect(() => applyDelivery(status, order, new Map(add.map(([k, v]) => [k, v])))).toThrow(message);
  });

  it('lists what is left to deliver', () => {
    expect(remainingToDeliver(order)).toEqual(new Map([['a', '10.000'], ['b', '1.500']]));
  });
});
