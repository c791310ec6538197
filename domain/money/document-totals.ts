import type { TLineTotals } from './line-totals';

/**
 * Totals of a quote, order or invoice: the plain sum of its already rounded
 * lines (integer minor units), so the document always equals its lines.
 */
export function documentTotals(lines: readonly TLineTotals[]): TLineTotals {
  let netMinor = 0;
  let taxMinor = 0;
  for (const line of lines) {
    netMinor += line.netMinor;
    taxMinor += line.taxMinor;
  }
  return { netMinor, taxMinor, grossMinor: netMinor + taxMinor };
}
