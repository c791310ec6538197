import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney } from './money';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    [123456, 'EUR', 'es', '1234,56 €'],
    [123456, 'EUR', 'en', '€1,234.56'],
    [-5, 'EUR', 'en', '-€0.05'],
    [1000, 'JPY', 'en', '¥1,000'],
  ])('%i %s in %s', (minor, currency, locale, expected) => {
    expect(nbsp(formatMoney(minor, currency, locale))).toBe(expected);
  });

  it('drops cents for whole units and abbreviates compact amounts', () => {
    expect(nbsp(formatMoney(1_234_567_89, 'EUR', 'en', { wholeUnits: true }))).toBe('€1,234,568');
    expect(nbsp(formatMoney(1_250_000_00, 'EUR', 'en', { compact: true }))).toBe('€1.3M');
  });

  it('knows minor-unit digits', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });
});
