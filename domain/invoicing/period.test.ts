import { describe, expect, it } from 'vitest';
import { MAX_PERIOD_MONTHS, resolvePeriod } from './period';

describe('resolvePeriod', () => {
  it('defaults to 3 months back and 12 columns, from today in the organization time zone', () => {
    const period = resolvePeriod(new Date('2026-05-10T09:00:00Z'), 'Europe/Madrid');
    expect(period.today).toBe('2026-05-10');
    expect(period.currentMonth).toBe('2026-05');
    expect(period.months[0]).toBe('2026-02');
    expect(period.months.at(-1)).toBe('2027-01');
    expect(period.months).toHaveLength(12);
    expect(period.start).toBe('2026-02-01');
    expect(period.endExclusive).toBe('2027-02-01');
  });

  it('takes the current month from the organization time zone at a month edge', () => {
    const edge = new Date('2026-03-31T23:30:00Z');
    expect(resolvePeriod(edge, 'Europe/Madrid').currentMonth).toBe('2026-04');
    expect(resolvePeriod(edge, 'America/Mexico_City').currentMonth).toBe('2026-03');
  });

  it('honours a chosen period and caps its length', () => {
    const chosen = resolvePeriod(new Date('2026-05-10T09:00:00Z'), 'UTC', '2025-11', 3);
    expect(chosen.months).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(resolvePeriod(new Date(), 'UTC', '2025-01', 500).months).toHaveLength(MAX_PERIOD_MONTHS);
    expect(resolvePeriod(new Date(), 'UTC', '2025-01', 0).months).toHaveLength(1);
  });
});
