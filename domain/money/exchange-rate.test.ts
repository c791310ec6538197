import { describe, expect, it } from 'vitest';
import { convertMinor, formatExchangeRate, parseExchangeRate } from './exchange-rate';

describe('exchange rates', () => {
  it.each([
    ['0.92', 920_000n, '0.92'],
    ['0,92', 920_000n, '0.92'],
    ['1', 1_000_000n, '1'],
    ['17.123456', 17_123_456n, '17.123456'],
  ])('parses %s exactly', (text, rate, shown) => {
    expect(parseExchangeRate(text)).toBe(rate);
    expect(formatExchangeRate(rate)).toBe(shown);
  });

  it.each(['', '0', '-1', '1.2.3', '0.1234567', 'abc'])('refuses %j with a message', (text) => {
    expect(() => parseExchangeRate(text)).toThrow(/exchange rate/);
  });

  it('converts minor units rounding half-up, without floats', () => {
    const rate = parseExchangeRate('0.92');
    expect(convertMinor(105_400, rate)).toBe(96_968);
    expect(convertMinor(1, parseExchangeRate('0.5'))).toBe(1); // 0.5 cent rounds up
    expect(convertMinor(3, parseExchangeRate('0.5'))).toBe(2); // 1.5 → 2
    expect(convertMinor(900_719_925_474_099, parseExchangeRate('1'))).toBe(900_719_925_474_099);
  });
});
