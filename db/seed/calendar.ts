import type { TRandom } from '~/domain/random';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * The anchor of all generated dates: 00:00 UTC of `now`'s day. History lies
 * before it (the last closes, orders and invoices are from the day before)
 * and plans after it (expected close dates, due dates, quotas), so nothing is
 * dated later than `now`, and any instant of the same UTC day yields the same
 * data.
 */
export function dayAnchor(now: Date): Date {
  if (Number.isNaN(now.getTime())) throw new RangeError('seed: `now` is not a valid date');
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** 00:00 UTC on the first day of `date`'s month. */
export function monthStart(date: Date): Date {
  return addMonths(date, 0);
}

/** First day (UTC) of the month `offset` months from `anchor`'s month. */
export function addMonths(anchor: Date, offset: number): Date {
  return new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() + offset, 1));
}

/** `date` plus whole days (24 h each; UTC has no DST). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Whole days from `a` to `b` (may be negative). */
export function daysBetween(a: Date, b: Date): number {
  return Math.floor((b.getTime() - a.getTime()) / DAY_MS);
}

/** 'YYYY-MM-DD' of the UTC date. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Number of days in the month that starts at `monthStart`. */
export function daysInMonth(monthStart: Date): number {
  return new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + 1, 0)).getUTCDate();
}

/** Moves Saturday back to Friday and Sunday on to Monday. */
export function toWeekday(date: Date): Date {
  const day = date.getUTCDay();
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, 1) : date;
}

/** The given day at a random office-hours time (07:30–17:30 UTC ≈ 08:30–19:30 Madrid). */
export function atOfficeHours(random: TRandom, day: Date): Date {
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return new Date(midnight + random.int(450, 1050) * 60_000 + random.int(0, 59) * 1000);
}

/** `date`, but never later than `limit`. */
export function notAfter(date: Date, limit: Date): Date {
  return date.getTime() > limit.getTime() ? limit : date;
}

/** Moves a weekend day back to the Friday before, so it never passes `date`. */
export function previousWeekday(date: Date): Date {
  const day = date.getUTCDay();
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date;
}

/** Day `day` (1-based) of the month, moved to the nearest weekday inside that month. */
export function weekdayInMonth(monthStart: Date, day: number): Date {
  const date = addDays(monthStart, day - 1);
  const weekday = date.getUTCDay();
  if (weekday !== 0 && weekday !== 6) return date;
  const back = addDays(date, weekday === 6 ? -1 : -2);
  return back.getUTCMonth() === monthStart.getUTCMonth() ? back : addDays(date, weekday === 6 ? 2 : 1);
}
