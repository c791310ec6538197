import { addMonths, localDateOf, monthOfDate, periodMonths, periodRange, type TMonth } from './months';

/** Months before the current one that the board shows by default. */
export const DEFAULT_MONTHS_BACK = 3;
/** Columns shown by default: the last 3 months, the current one and the next 8 (3 back, 9 ahead counting the current). */
export const DEFAULT_PERIOD_MONTHS = 12;
/** Longest period a board may ask for; keeps the columns readable and the queries small. */
export const MAX_PERIOD_MONTHS = 24;

export type TPeriod = {
  /** Today in the organization's time zone, 'YYYY-MM-DD' (drives "overdue" and the current column). */
  today: string;
  currentMonth: TMonth;
  months: TMonth[];
  /** Half-open date range covered by the months. */
  start: string;
  endExclusive: string;
};

/**
 * The board's months: from `from` (default: 3 months before the current
 * month in the organization's time zone) for `count` months (default 12).
 */
export function resolvePeriod(now: Date, timeZone: string, from?: TMonth, count?: number): TPeriod {
  const today = localDateOf(now, timeZone);
  const currentMonth = monthOfDate(today);
  const first = from ?? addMonths(currentMonth, -DEFAULT_MONTHS_BACK);
  const length = Math.min(Math.max(count ?? DEFAULT_PERIOD_MONTHS, 1), MAX_PERIOD_MONTHS);
  return { today, currentMonth, months: periodMonths(first, length), ...periodRange(first, length) };
}
