import { AppError } from '../app-error';

/** Quote life cycle (matches the `quote_status` enum). */
export const quoteStatuses = ['draft', 'sent', 'accepted', 'rejected', 'expired'] as const;
export type TQuoteStatus = (typeof quoteStatuses)[number];

/**
 * Allowed moves. A draft is edited and sent; only a sent quote gets the
 * customer's answer (accepted / rejected) or runs out (expired). Accepted,
 * rejected and expired are final: a revision is a new quote.
 */
export const quoteTransitions: Readonly<Record<TQuoteStatus, readonly TQuoteStatus[]>> = {
  draft: ['sent'],
  sent: ['accepted', 'rejected', 'expired'],
  accepted: [],
  rejected: [],
  expired: [],
};

/** True when a quote may go from `from` to `to`. */
export function canTransitionQuote(from: TQuoteStatus, to: TQuoteStatus): boolean {
  return quoteTransitions[from].includes(to);
}

/** Throws INVALID_INPUT, naming the current status and what is allowed from it, for an illegal move. */
export function assertQuoteTransition(from: TQuoteStatus, to: TQuoteStatus): void {
  if (canTransitionQuote(from, to)) return;
  const allowed = quoteTransitions[from];
  const hint = allowed.length ? `from ${from} it can only become ${allowed.join(' or ')}` : `${from} is final`;
  throw new AppError('INVALID_INPUT', { message: `A ${from} quote cannot become ${to} (${hint}).`, data: { from, to } });
}

/** Lines, dates and notes can only change while the quote is a draft. */
export function assertQuoteEditable(status: TQuoteStatus): void {
  if (status !== 'draft') {
    throw new AppError('INVALID_INPUT', { message: `This quote is ${status}; only draft quotes can be edited.` });
  }
}
