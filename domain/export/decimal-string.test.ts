import { describe, expect, it } from 'vitest';
import { bpsToPercentString, minorToDecimalString } from './decimal-string';

describe('minorToDecimalString', () => {
  it.each([
    [123456, 'EUR', '1234.56'],
    [5, 'EUR', '0.05'],
    [-5, 'USD', '-0.05'],
    [0, 'EUR', '0.00'],
    [1200, 'JPY', '1200'],
    [9007199254740991, 'EUR', '90071992547409.91'],
  ])('%i %s → %s', (minor, currency, expected) => expect(minorToDecimalString(minor, currency)).toBe(expected));
});

describe('bpsToPercentString', () => {
  it.each([[2100, '21'], [1050, '10.5'], [0, '0'], [1, '0.01']])('%i → %s', (bps, expected) => expect(bpsToPercentString(bps)).toBe(expected));
});
