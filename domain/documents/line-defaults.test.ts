import { describe, expect, it } from 'vitest';
import { lineDefaults } from './line-defaults';

const product = { name: 'Servo motor 400 W', sku: 'SRV-400', unitPriceMinor: 50_000, taxRateBps: 2100 };

describe('lineDefaults', () => {
  it.each([
    // customer list, default list, customer discount → unit price, source, discount
    [42_000, 45_000, 0, 42_000, 'customer_list', 0],
    [null, 45_000, 500, 45_000, 'default_list', 500],
    [undefined, undefined, 1250, 50_000, 'product', 1250],
    [0, 45_000, 0, 0, 'customer_list', 0], // a free item on the customer's list is still its price
    [null, null, 10_000, 50_000, 'product', 10_000],
  ] as const)('lists %s / %s, discount %i → %i from %s', (priceListPrice, defaultListPrice, discountBps, price, source, discount) => {
    expect(lineDefaults({ product, priceListPrice, defaultListPrice, customer: { discountBps, paymentTermsDays: 30 } })).toEqual({
      description: 'Servo motor 400 W',
      unitPriceMinor: price,
      discountBps: discount,
      taxRateBps: 2100,
      priceSource: source,
    });
  });

  it('takes the tax rate from the product', () => {
    const books = { ...product, taxRateBps: 400 };
    expect(lineDefaults({ product: books, customer: { discountBps: 0, paymentTermsDays: 60 } }).taxRateBps).toBe(400);
  });
});
