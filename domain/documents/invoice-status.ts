import { AppError } from '../app-error';

export const invoiceStatuses = ['draft', 'authorized', 'paid', 'cancelled'] as const;
export type TInvoiceStatus = (typeof invoiceStatuses)[number];

const transitions: Record<TInvoiceStatus, readonly TInvoiceStatus[]> = {
  draft: ['authorized', 'cancelled'],
  authorized: ['paid', 'cancelled'],
  // A paid invoice is final; undoing it needs a credit note, not a state change.
  paid: [],
  cancelled: [],
};

export function canChangeInvoiceStatus(from: TInvoiceStatus, to: TInvoiceStatus): boolean {
  return transitions[from].includes(to);
}

/** Throws INVALID_INPUT with a readable message for an illegal invoice transition. */
export function assertInvoiceTransition(from: TInvoiceStatus, to: TInvoiceStatus): void {
  if (canChangeInvoiceStatus(from, to)) return;
  let message = `An invoice cannot go from ${from} to ${to}.`;
  if (from === 'paid') message = 'This invoice is paid and cannot change any more.';
  else if (from === 'cancelled') message = 'This invoice is cancelled and cannot change any more.';
  else if (from === 'draft' && to === 'paid') message = 'Authorize the invoice before marking it paid.';
  else if (from === to) message = `This invoice is already ${from}.`;
  throw new AppError('INVALID_INPUT', { message, data: { from, to } });
}

/**
 * What the UI and reports show: the stored state, except that an authorized
 * invoice is 'pending' until its due date and 'overdue' from the day after
 * (dueDate < today). `today` is an ISO date (YYYY-MM-DD) in the
 * organization's time zone; ISO dates compare correctly as strings.
 */
export type TInvoiceDisplayStatus = 'draft' | 'pending' | 'overdue' | 'paid' | 'cancelled';

export function invoiceDisplayStatus(invoice: { status: TInvoiceStatus; dueDate: string }, today: string): TInvoiceDisplayStatus {
  if (invoice.status !== 'authorized') return invoice.status;
  return invoice.dueDate < today ? 'overdue' : 'pending';
}
