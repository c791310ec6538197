import { describe, expect, it } from 'vitest';
import { bpsToInput, parseDecimalInput, parsePercentInput, quantityToInput } from './decimal-input';

describe('line inputs', () => {
  it.each([
    ['2,5', 3, '2.5'],
    ['2.50', 3, '2.5'],
    [' 12 ', 3, '12'],
    ['0,125', 3, '0.125'],
    ['1,2345', 3, null],
    ['1.234,5', 3, null],
    ['-1', 3, null],
    ['abc', 3, null],
    ['007', 3, '7'],
  ])('quantity %j → %j', (text, decimals, expected) => {
    expect(parseDecimalInput(text, decimals)).toBe(expected);
  });

  it.each([
    ['12,5', 1250],
    ['12.5 %', 1250],
    ['0', 0],
    ['100', 10_000],
    ['100,01', null],
    ['21', 2100],
    ['7,25', 725],
    ['1,255', null],
  ])('percent %j → %j bps', (text, bps) => {
    expect(parsePercentInput(text)).toBe(bps);
  });

  it('formats back for the field', () => {
    expect(bpsToInput(1250, 'es')).toBe('12,5');
    expect(bpsToInput(2100, 'en')).toBe('21');
    expect(quantityToInput('2.500', 'es')).toBe('2,5');
    expect(quantityToInput('37.500', 'en')).toBe('37.5');
    expect(quantityToInput('1000.000', 'es')).toBe('1000');
  });
});
