import { AppError } from '../app-error';

export const orderStatuses = ['entered', 'confirmed', 'partially_delivered', 'delivered', 'invoiced', 'cancelled'] as const;
export type TOrderStatus = (typeof orderStatuses)[number];

/**
 * Why a state changes: a person asks for it (`manual`), a delivery is
 * recorded (`delivery`), or invoices are authorized or cancelled
 * (`invoicing`). 'invoiced' is never set by hand: it follows the invoices.
 */
export type TOrderChangeCause = 'manual' | 'delivery' | 'invoicing';

/** Allowed transitions and what may cause each. */
const transitions: Record<TOrderStatus, Partial<Record<TOrderStatus, readonly TOrderChangeCause[]>>> = {
  entered: { confirmed: ['manual'], cancelled: ['manual'] },
  confirmed: { partially_delivered: ['delivery'], delivered: ['manual', 'delivery'], cancelled: ['manual'] },
  // Each further partial delivery is recorded too (who delivered, when).
  partially_delivered: { partially_delivered: ['delivery'], delivered: ['manual', 'delivery'] },
  delivered: { invoiced: ['invoicing'] },
  // A cancelled invoice reopens the order.
  invoiced: { delivered: ['invoicing'] },
  cancelled: {},
};

const reasons: Partial<Record<TOrderStatus, string>> = {
  invoiced: 'it is already invoiced (cancel its invoices first)',
  cancelled: 'it is cancelled',
  delivered: 'it is already delivered',
};

/** True when `from → to` is allowed for this cause. */
export function canChangeOrderStatus(from: TOrderStatus, to: TOrderStatus, cause: TOrderChangeCause): boolean {
  return transitions[from][to]?.includes(cause) ?? false;
}

/**
 * Throws INVALID_INPUT with a message a person can act on when the order
 * cannot go from `from` to `to` (e.g. cancelling an invoiced order).
 */
export function assertOrderTransition(from: TOrderStatus, to: TOrderStatus, cause: TOrderChangeCause = 'manual'): void {
  if (canChangeOrderStatus(from, to, cause)) return;
  const label = (s: TOrderStatus) => s.replace('_', ' ');
  let message: string;
  if (to === 'invoiced' && cause === 'manual') {
    message = 'An order becomes invoiced when its invoices are authorized; it cannot be set by hand.';
  } else if (to === 'partially_delivered' && cause === 'manual') {
    message = 'Record a partial delivery with the delivered quantity of each line.';
  } else if (to === 'cancelled' && from === 'partially_delivered') {
    message = 'This order cannot be cancelled: part of it has been delivered.';
  } else if (to === 'cancelled' && reasons[from]) {
    message = `This order cannot be cancelled: ${reasons[from]}.`;
  } else if ((to === 'delivered' || to === 'partially_delivered') && from === 'entered') {
    message = 'Confirm the order before recording deliveries.';
  } else {
    message = `An order cannot go from ${label(from)} to ${label(to)}.`;
  }
  throw new AppError('INVALID_INPUT', { message, data: { from, to } });
}

/** The states a user can pick next by hand (buttons on the order page). */
export function manualOrderTargets(from: TOrderStatus): TOrderStatus[] {
  return orderStatuses.filter((to) => to !== from && canChangeOrderStatus(from, to, 'manual'));
}
