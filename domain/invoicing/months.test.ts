import { describe, expect, it } from 'vitest';
import { addMonths, daysInMonth, isMonth, localDateOf, monthOfDate, moveDateToMonth, periodMonths, periodRange } from './months';

describe('month arithmetic', () => {
  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-03', -15, '2024-12'],
    ['2026-03', 0, '2026-03'],
    ['2026-11', 14, '2028-01'],
  ] as const)('%s %+d months → %s', (month, delta, expected) => {
    expect(addMonths(month, delta)).toBe(expected);
  });

  it('lists consecutive months across a year end, and their half-open date range', () => {
    expect(periodMonths('2025-11', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodRange('2025-11', 4)).toEqual({ start: '2025-11-01', endExclusive: '2026-03-01' });
  });

  it('buckets a date by the date itself', () => {
    expect(monthOfDate('2026-03-31')).toBe('2026-03');
    expect(monthOfDate('2026-04-01')).toBe('2026-04');
  });

  it('knows month lengths, leap years included', () => {
    expect([daysInMonth('2026-02'), daysInMonth('2028-02'), daysInMonth('2100-02'), daysInMonth('2000-02'), daysInMonth('2026-04'), daysInMonth('2026-12')]).toEqual([28, 29, 28, 29, 30, 31]);
  });

  it('validates months', () => {
    expect(isMonth('2026-01')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(() => addMonths('2026-00' as never, 1)).toThrow(/Not a month/);
  });
});

describe('localDateOf (instants in the organization time zone)', () => {
  it.each([
    // Summer time in Madrid (UTC+2): 23:30 UTC on the 31st is already 1 April.
    ['2026-03-31T23:30:00Z', 'Europe/Madrid', '2026-04-01'],
    ['2026-03-31T21:59:00Z', 'Europe/Madrid', '2026-03-31'],
    // Winter time (UTC+1): a month end at 23:30 UTC is the next day too.
    ['2026-01-31T23:30:00Z', 'Europe/Madrid', '2026-02-01'],
    ['2026-01-31T22:59:00Z', 'Europe/Madrid', '2026-01-31'],
    // West of UTC the other way: 02:00 UTC on 1 May is still 30 April in Lima (UTC-5).
    ['2026-05-01T02:00:00Z', 'America/Lima', '2026-04-30'],
    ['2026-03-31T23:30:00Z', 'UTC', '2026-03-31'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDateOf(new Date(instant), zone)).toBe(expected);
  });
});

describe('moveDateToMonth (dragging a deal to another month)', () => {
  it.each([
    ['2026-01-15', '2026-03', '2026-03-15'],
    ['2026-01-31', '2026-02', '2026-02-28'],
    ['2028-01-31', '2028-02', '2028-02-29'],
    ['2026-03-31', '2026-04', '2026-04-30'],
    ['2026-02-28', '2026-03', '2026-03-28'],
    ['2026-12-31', '2025-06', '2025-06-30'],
  ] as const)('%s → %s gives %s', (date, month, expected) => {
    expect(moveDateToMonth(date, month)).toBe(expected);
  });
});
