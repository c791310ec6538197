import type { TMonth } from '../invoicing/months';

/** A calendar quarter key, e.g. '2026-Q3'. */
export type TQuarter = `${number}-Q${1 | 2 | 3 | 4}`;

/** The calendar quarter a 'YYYY-MM' month belongs to. */
export function quarterOf(month: TMonth): TQuarter {
  const q = Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1;
  return `${month.slice(0, 4)}-Q${q}` as TQuarter;
}

/** Distinct quarters of `months`, in first-seen order. */
export function quartersOf(months: readonly TMonth[]): TQuarter[] {
  return [...new Set(months.map(quarterOf))];
}
