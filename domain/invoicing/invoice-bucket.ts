/** How the invoicing board splits invoices. */
export const invoiceBuckets = ['pending', 'overdue', 'paid', 'draft'] as const;
export type TInvoiceBucket = (typeof invoiceBuckets)[number];

/**
 * Which bucket an invoice falls in on `today` (organization calendar,
 * 'YYYY-MM-DD'):
 * - draft: not authorized yet (not counted as invoiced);
 * - pending: authorized, not paid, due today or later;
 * - overdue: authorized, not paid, due date before today (derived, never stored);
 * - paid.
 * Cancelled invoices are not shown (null).
 */
export function invoiceBucket(status: 'draft' | 'authorized' | 'paid' | 'cancelled', dueDate: string, today: string): TInvoiceBucket | null {
  switch (status) {
    case 'draft':
      return 'draft';
    case 'paid':
      return 'paid';
    case 'cancelled':
      return null;
    case 'authorized':
      return dueDate < today ? 'overdue' : 'pending';
  }
}
