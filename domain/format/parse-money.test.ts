import { describe, expect, it } from 'vitest';
import { formatMoneyInput, parseMoneyInput } from './parse-money';

describe('parseMoneyInput', () => {
  it.each([
    ['12.345,67', 'es', 1234567],
    ['12345.67', 'es', 1234567],
    ['12345,67', 'es', 1234567],
    ['12,345.67', 'en', 1234567],
    ['12345.67', 'en', 1234567],
    ['12345,67', 'en', 1234567],
    ['1.234.567', 'es', 123456700],
    ['1,234,567', 'en', 123456700],
    ['12.345', 'es', 1234500],
    ['12,345', 'en', 1234500],
    ['12,5', 'es', 1250],
    ['0,05', 'es', 5],
    [',5', 'es', 50],
    ['12.', 'en', 1200],
    ['0', 'en', 0],
    ['1 234,56 €', 'es', 123456],
    ['€1,234.56', 'en', 123456],
    ['1\u00a0234,56', 'es', 123456],
    ['90071992547409.91', 'en', 9007199254740991],
  ])('%s in %s → %i', (text, locale, minor) => {
    expect(parseMoneyInput(text, locale)).toBe(minor);
  });

  it.each([
    ['', 'es'],
    ['  ', 'es'],
    ['abc', 'en'],
    ['-5', 'en'],
    ['1e5', 'en'],
    ['12,345', 'es'],
    ['12.345', 'en'],
    ['1,234.567', 'en'],
    ['12.34.56', 'es'],
    ['1.234,56,7', 'es'],
    ['1234.567,89', 'es'],
    ['.', 'en'],
    ['90071992547409.92', 'en'],
  ])('%s in %s is not an amount', (text, locale) => {
    expect(parseMoneyInput(text, locale)).toBeNull();
  });

  it.each([
    ['1.234', 'es', 0, 1234],
    ['1,5', 'es', 0, null],
    ['1,234', 'en', 3, 1234000],
    ['1.5', 'en', 3, 1500],
  ])('%s in %s with %i decimals → %s', (text, locale, digits, minor) => {
    expect(parseMoneyInput(text, locale, digits)).toBe(minor);
  });
});

describe('formatMoneyInput', () => {
  it.each([
    [1234567, 'es', 2, '12345,67'],
    [1234567, 'en', 2, '12345.67'],
    [5, 'es', 2, '0,05'],
    [0, 'en', 2, '0.00'],
    [1234, 'en', 0, '1234'],
  ])('%i in %s with %i decimals → %s', (minor, locale, digits, text) => {
    expect(formatMoneyInput(minor, locale, digits)).toBe(text);
  });

  it('round-trips through parseMoneyInput', () => {
    for (const minor of [0, 1, 99, 100, 123456, 9_007_199_254_740_991]) {
      for (const locale of ['es', 'en']) expect(parseMoneyInput(formatMoneyInput(minor, locale), locale)).toBe(minor);
    }
  });
});
