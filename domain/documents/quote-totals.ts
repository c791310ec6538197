import { documentTotals } from '../money/document-totals';
import { lineTotals, type TLineInput, type TLineTotals } from '../money/line-totals';

/**
 * Totals of a quote (or any document) and of each of its lines, in integer
 * minor units.
 *
 * Rounding rule: each line is rounded once, half away from zero ("half-up"),
 * to whole minor units: net = round(qty × unit price × (1 − discount)), then
 * tax = round(net × tax rate). The document's net, tax and gross are the
 * plain sums of the rounded lines, so a printed quote always adds up line by
 * line (tax is therefore not recomputed on the document net).
 */
export function quoteTotals<TLine extends TLineInput>(lines: readonly TLine[]): { lines: (TLine & TLineTotals)[]; totals: TLineTotals } {
  const priced = lines.map((line) => ({ ...line, ...lineTotals(line) }));
  return { lines: priced, totals: documentTotals(priced) };
}
