/**
 * Month arithmetic for the invoicing progress board. Months are 'YYYY-MM'
 * strings and days 'YYYY-MM-DD' strings: business dates (order date, issue
 * date, expected close) are SQL `date` columns, already in the organization's
 * calendar, so they are bucketed by the date itself with no time-zone shift.
 * Only instants (e.g. when a deal was won) go through the organization's time
 * zone first (see localDateOf). Pure: the clock is passed in.
 */

import { isoDateIn } from '../documents/due-date';
export type TMonth = `${number}-${number}`;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a well-formed 'YYYY-MM'. */
export const isMonth = (value: string): value is TMonth => MONTH_PATTERN.test(value);

/** The month a 'YYYY-MM-DD' date belongs to. */
export const monthOfDate = (date: string): TMonth => date.slice(0, 7) as TMonth;

/** `month` shifted by `delta` months (negative goes back). */
export function addMonths(month: TMonth, delta: number): TMonth {
  const [year, mon] = split(month);
  const index = year * 12 + (mon - 1) + delta;
  return fromIndex(index);
}

/** `count` consecutive months starting at `from`. */
export function periodMonths(from: TMonth, count: number): TMonth[] {
  return Array.from({ length: count }, (_, i) => addMonths(from, i));
}

/** First day of the month and first day of the month after `count` months: a half-open date range. */
export function periodRange(from: TMonth, count: number): { start: string; endExclusive: string } {
  return { start: `${from}-01`, endExclusive: `${addMonths(from, count)}-01` };
}

/** Number of days of a month (leap years included). */
export function daysInMonth(month: TMonth): number {
  const [year, mon] = split(month);
  return new Date(Date.UTC(year, mon, 0)).getUTCDate();
}

/**
 * The calendar date (YYYY-MM-DD) an instant falls on in an IANA time zone:
 * 2026-03-31T23:30Z is 2026-04-01 in Europe/Madrid (UTC+2 in summer time).
 */
export function localDateOf(instant: Date, timeZone: string): string {
  return isoDateIn(instant, timeZone);
}

/**
 * A date moved to another month keeping its day, clamped to the target
 * month's length (31 Jan → 28/29 Feb), so a deal dragged back and forth
 * keeps "end of month" or "mid month" as closely as the calendar allows.
 */
export function moveDateToMonth(date: string, month: TMonth): string {
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

function split(month: TMonth): [number, number] {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return [Number(match[1]), Number(match[2])];
}

function fromIndex(index: number): TMonth {
  const year = Math.floor(index / 12);
  const mon = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(mon).padStart(2, '0')}` as TMonth;
}
