import { addDaysIso, daysBetweenIso } from '../parse-date';

/** Median of whole numbers (the lower middle for an even count is averaged and rounded). */
export function medianDays(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * The expected close date of an open deal from the sample data set, which
 * has none: its close_date when present; else engage_date + the median sales
 * cycle (days from engage_date to close_date over the file's closed deals);
 * else (Prospecting deals have no dates) the data set's last date + the
 * median cycle. Deterministic: the same files give the same dates.
 */
export function expectedCloseDate(deal: { closeDate: string | null; engageDate: string | null }, medianCycleDays: number, asOf: string): string {
  if (deal.closeDate) return deal.closeDate;
  return addDaysIso(deal.engageDate ?? asOf, medianCycleDays);
}

/** Days from engage_date to close_date of every closed deal that has both. */
export function cycleDays(deals: readonly { engageDate: string | null; closeDate: string | null }[]): number[] {
  return deals.flatMap((d) => (d.engageDate && d.closeDate ? [daysBetweenIso(d.engageDate, d.closeDate)] : []));
}
