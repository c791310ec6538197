import { describe, expect, it } from 'vitest';
import { addMonths, dayAnchor, isoDate, monthStart, previousWeekday, weekdayInMonth } from './calendar';

describe('seed calendar', () => {
  it.each([
    ['2026-03-15T10:00:00Z', '2026-03-15T00:00:00.000Z'],
    ['2026-03-31T23:59:59Z', '2026-03-31T00:00:00.000Z'],
    ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z'],
    ['2026-03-15T23:30:00+01:00', '2026-03-15T00:00:00.000Z'], // 22:30 UTC
  ])('anchors %s to the start of its UTC day', (now, anchor) => {
    expect(dayAnchor(new Date(now)).toISOString()).toBe(anchor);
  });

  it('rejects an invalid date and steps months across years', () => {
    expect(() => dayAnchor(new Date('nope'))).toThrow(RangeError);
    expect(isoDate(monthStart(new Date('2026-03-31T22:00:00Z')))).toBe('2026-03-01');
    expect(isoDate(addMonths(new Date('2026-03-15T00:00:00Z'), -24))).toBe('2024-03-01');
    expect(isoDate(addMonths(new Date('2026-03-01T00:00:00Z'), 10))).toBe('2027-01-01');
  });

  it('keeps business days inside the month and never moves past a date', () => {
    const august2026 = new Date('2026-08-01T00:00:00Z'); // a Saturday
    expect(isoDate(weekdayInMonth(august2026, 1))).toBe('2026-08-03');
    expect(isoDate(weekdayInMonth(august2026, 30))).toBe('2026-08-28'); // Sunday → Friday
    expect(isoDate(weekdayInMonth(august2026, 12))).toBe('2026-08-12');
    expect(isoDate(previousWeekday(new Date('2026-03-01T00:00:00Z')))).toBe('2026-02-27');
  });
});
