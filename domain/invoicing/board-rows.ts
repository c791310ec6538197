import type { TInvoicingLane } from '../schemas/invoicing';

/** One grouped figure from the server: lane, month, status, count and minor-unit totals. */
export type TAggregate = { lane: TInvoicingLane; month: string; status: string; count: number; amountMinor: number; weightedMinor: number };
export type TFigure = { count: number; amountMinor: number; weightedMinor: number };

/** The rows of the aggregated view, per lane, and which statuses each sums. */
export const boardRows = [
  { lane: 'opportunities', key: 'open', statuses: ['open'] },
  { lane: 'opportunities', key: 'won', statuses: ['won'] },
  { lane: 'orders', key: 'orders', statuses: ['entered', 'confirmed', 'partially_delivered', 'delivered', 'invoiced'] },
  { lane: 'invoices', key: 'invoiced', statuses: ['pending', 'overdue', 'paid'], laneTotal: true },
  { lane: 'invoices', key: 'pending', statuses: ['pending'] },
  { lane: 'invoices', key: 'overdue', statuses: ['overdue'] },
  { lane: 'invoices', key: 'paid', statuses: ['paid'] },
  { lane: 'invoices', key: 'draft', statuses: ['draft'] },
] as const satisfies readonly { lane: TInvoicingLane; key: string; statuses: readonly string[]; laneTotal?: boolean }[];
export type TBoardRowKey = (typeof boardRows)[number]['key'];

/** What a lane's cell header sums in the individual view (its "main" row). */
export const laneHeadlineRow: Record<TInvoicingLane, TBoardRowKey> = { opportunities: 'open', orders: 'orders', invoices: 'invoiced' };

const zero = (): TFigure => ({ count: 0, amountMinor: 0, weightedMinor: 0 });
const add = (into: TFigure, x: TFigure) => {
  into.count += x.count;
  into.amountMinor += x.amountMinor;
  into.weightedMinor += x.weightedMinor;
};

/**
 * The aggregated view's table: for every row, its figure per month (zero
 * when nothing) and over the whole period. Integer sums only.
 */
export function buildBoardRows(aggregates: readonly TAggregate[], months: readonly string[]) {
  return boardRows.map((row) => {
    const statuses: readonly string[] = row.statuses;
    const byMonth = new Map(months.map((m) => [m, zero()]));
    const total = zero();
    for (const x of aggregates) {
      if (x.lane !== row.lane || !statuses.includes(x.status)) continue;
      const cell = byMonth.get(x.month);
      if (!cell) continue;
      add(cell, x);
      add(total, x);
    }
    return { ...row, byMonth, total };
  });
}
export type TBoardRow = ReturnType<typeof buildBoardRows>[number];
