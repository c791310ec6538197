import { AppError } from '../app-error';
import { lineTotals, type TLineTotals } from '../money/line-totals';
import { formatQuantity, parseQuantity } from '../money/quantity';
import { trim } from './delivery';

/** An order line with what it needs to be invoiced. Quantities are numeric(14,3) strings. */
export type TInvoiceableLine = {
  id: string;
  position: number;
  quantity: string;
  unitPriceMinor: number;
  discountBps: number;
  taxRateBps: number;
};

/** One line already on a non-cancelled invoice. */
export type TInvoicedLine = { orderLineId: string | null; quantity: string };

/**
 * Remaining quantity per order line, in integer thousandths:
 * ordered − already invoiced on non-cancelled invoices (the caller passes
 * only those). Never below zero.
 */
export function remainingQuantities(lines: readonly TInvoiceableLine[], invoiced: readonly TInvoicedLine[]): Map<string, bigint> {
  const done = new Map<string, bigint>();
  for (const l of invoiced) {
    if (l.orderLineId) done.set(l.orderLineId, (done.get(l.orderLineId) ?? 0n) + parseQuantity(l.quantity));
  }
  const remaining = new Map<string, bigint>();
  for (const l of lines) {
    const rest = parseQuantity(l.quantity) - (done.get(l.id) ?? 0n);
    remaining.set(l.id, rest > 0n ? rest : 0n);
  }
  return remaining;
}

export type TPlannedInvoiceLine = { orderLineId: string; quantity: string } & TLineTotals;

/**
 * The lines of a new invoice. `requested` (order-line id → decimal string)
 * invoices those quantities; omitted (null) invoices everything remaining.
 * Lines with 0 are skipped. Refuses unknown lines, negative quantities, more
 * than remains on a line, and an invoice with no lines. Totals per line
 * through domain/money (rounded half-up on each line).
 */
export function planInvoiceLines(
  lines: readonly TInvoiceableLine[],
  invoiced: readonly TInvoicedLine[],
  requested: ReadonlyMap<string, string> | null,
): TPlannedInvoiceLine[] {
  const remaining = remainingQuantities(lines, invoiced);
  const known = new Set(lines.map((l) => l.id));
  for (const id of requested?.keys() ?? []) {
    if (!known.has(id)) throw new AppError('INVALID_INPUT', { message: 'An invoiced line is not part of this order.' });
  }
  const planned: TPlannedInvoiceLine[] = [];
  for (const line of lines) {
    const rest = remaining.get(line.id)!;
    const text = requested ? requested.get(line.id) : formatQuantity(rest);
    if (text === undefined) continue;
    const quantity = parseQuantity(text);
    if (quantity < 0n) throw new AppError('INVALID_INPUT', { message: `Line ${line.position}: quantity to invoice must not be negative.` });
    if (quantity > rest) {
      throw new AppError('INVALID_INPUT', {
        message: `Line ${line.position}: only ${trim(rest)} left to invoice (got ${trim(quantity)}).`,
        data: { orderLineId: line.id, remaining: formatQuantity(rest) },
      });
    }
    if (quantity === 0n) continue;
    const formatted = formatQuantity(quantity);
    planned.push({ orderLineId: line.id, quantity: formatted, ...lineTotals({ ...line, quantity: formatted }) });
  }
  if (planned.length === 0) {
    throw new AppError('INVALID_INPUT', {
      message: requested ? 'Enter a quantity to invoice for at least one line.' : 'Everything on this order is already invoiced.',
    });
  }
  return planned;
}

/** True when no quantity is left to invoice on any line. */
export function isFullyInvoiced(lines: readonly TInvoiceableLine[], invoiced: readonly TInvoicedLine[]): boolean {
  return [...remainingQuantities(lines, invoiced).values()].every((rest) => rest === 0n);
}
