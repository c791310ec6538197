import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { airPassengersSeries, co2Series } from './fixtures/series';
import { parseSeriesCsv } from './parse-series-csv';

describe('parseSeriesCsv', () => {
  it('reads the committed fixtures (comments and header skipped)', () => {
    expect(co2Series.values).toHaveLength(468);
    expect(co2Series.months[0]).toBe('1959-01');
    expect(co2Series.values.slice(0, 2)).toEqual([315.42, 316.31]);
    expect(airPassengersSeries.months.at(-1)).toBe('1960-12');
    expect(airPassengersSeries.values.at(-1)).toBe(432);
  });

  it('accepts blank lines, spaces, signs and exponents', () => {
    expect(parseSeriesCsv('2024-11, 1.5\n\n2024-12,-2\r\n2025-01,3e2\n')).toEqual({ months: ['2024-11', '2024-12', '2025-01'], values: [1.5, -2, 300] });
  });

  it.each([
    ['2024-01,1\n2024-03,2', /Line 2: 2024-03 does not follow 2024-01/],
    ['2024-01,1\n2024-01,2', /Line 2: 2024-01 does not follow 2024-01/],
    ['month,value\n2024-13,1', /Line 2: "2024-13" is not a month/],
    ['2024-01,1,2', /Line 1: expected 2 columns/],
    ['2024-01,1.000,5', /expected 2 columns/],
    ['2024-01,abc', /Line 1: "abc" is not a number/],
    ['2024-01,', /"" is not a number/],
    ['# only a comment\n', /no month,value rows/],
  ])('refuses %j', (text, message) => {
    const run = () => parseSeriesCsv(text);
    expect(run).toThrow(AppError);
    expect(run).toThrow(message);
  });
});
