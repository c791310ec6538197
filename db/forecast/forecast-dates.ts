import { addMonths, localDateOf, monthOfDate, periodMonths, type TMonth } from '~/domain/invoicing/months';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The calendar of one run, in the organization's time zone: the 12 forecast
 * months from the month of `asOf`; the KPI period is the quarter to date
 * (through today) and the previous period the same number of days from the
 * start of the previous quarter; the 24 past months checked for accuracy.
 */
export function forecastDates(asOf: Date, timeZone: string) {
  const today = localDateOf(asOf, timeZone);
  const month = monthOfDate(today);
  const quarterStart = addMonths(month, -((Number(month.slice(5, 7)) - 1) % 3));
  const from = `${quarterStart}-01`;
  const to = addDays(today, 1);
  const previousFrom = `${addMonths(quarterStart, -3)}-01`;
  const length = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return {
    today,
    months: periodMonths(month, 12),
    accuracyMonths: periodMonths(addMonths(month, -24), 24),
    kpi: {
      current: { from, to, pipelineTo: `${addMonths(quarterStart, 3)}-01` },
      previous: { from: previousFrom, to: addDays(previousFrom, length), pipelineTo: from },
    },
  } satisfies { months: TMonth[] } & Record<string, unknown>;
}
