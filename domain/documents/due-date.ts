import { AppError } from '../app-error';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The due date of an invoice issued on `issueDate` (YYYY-MM-DD, a calendar
 * date with no time zone) with the customer's payment terms in days:
 * issue date + N calendar days, e.g. 2026-01-31 + 30 → 2026-03-02.
 */
export function dueDate(issueDate: string, paymentTermsDays: number): string {
  const match = ISO_DATE.exec(issueDate);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== issueDate) {
    throw new AppError('INVALID_INPUT', { message: `Issue date must be a date like 2026-01-31 (got "${issueDate}")` });
  }
  if (!Number.isInteger(paymentTermsDays) || paymentTermsDays < 0 || paymentTermsDays > 365) {
    throw new AppError('INVALID_INPUT', { message: `Payment terms must be 0–365 days (got ${paymentTermsDays})` });
  }
  date.setUTCDate(date.getUTCDate() + paymentTermsDays);
  return date.toISOString().slice(0, 10);
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date (YYYY-MM-DD) in an IANA time zone, e.g. the organization's. */
export function isoDateIn(now: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) formatters.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(now);
}
