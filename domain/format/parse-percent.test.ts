import { describe, expect, it } from 'vitest';
import { bpsToPercentText, parsePercentBps } from './parse-percent';

describe('parsePercentBps', () => {
  it.each([
    ['12,5', 1250],
    ['12.5 %', 1250],
    ['7', 700],
    ['0', 0],
    ['100', 10_000],
    ['0.07', 7],
    ['100.01', null],
    ['12.345', null],
    ['-1', null],
    ['', null],
    ['abc', null],
  ])('%s → %s', (text, bps) => {
    expect(parsePercentBps(text)).toBe(bps);
  });

  it('prints basis points back without trailing zeros', () => {
    expect(bpsToPercentText(1250)).toBe('12.5');
    expect(bpsToPercentText(1250, ',')).toBe('12,5');
    expect(bpsToPercentText(700)).toBe('7');
    expect(bpsToPercentText(7)).toBe('0.07');
  });
});
