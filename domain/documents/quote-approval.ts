import { AppError } from '../app-error';

/** Matches the `approval_status` enum. `not_required` also means "not requested (yet)". */
export type TApprovalStatus = 'not_required' | 'pending' | 'approved' | 'rejected';

/**
 * A quote needs a manager's approval before sending when any line's discount
 * is strictly above the organization's threshold (basis points).
 */
export function approvalRequired(lines: readonly { discountBps: number }[], thresholdBps: number): boolean {
  return lines.some((line) => line.discountBps > thresholdBps);
}

/** Why a quote may not be sent yet, or null when it may. */
export function sendBlocker(required: boolean, status: TApprovalStatus): string | null {
  if (status === 'pending') return 'This quote is waiting for a manager’s approval; it can be sent once approved.';
  if (status === 'rejected') return 'A manager rejected this quote’s discount; change the lines before sending.';
  if (required && status !== 'approved') return 'A line discount is above the approval threshold: request a manager’s approval before sending.';
  return null;
}

/** Throws INVALID_INPUT unless the quote may be sent. */
export function assertCanSend(required: boolean, status: TApprovalStatus): void {
  const blocker = sendBlocker(required, status);
  if (blocker) throw new AppError('INVALID_INPUT', { message: blocker });
}

/** Throws INVALID_INPUT unless an approval can be requested now. */
export function assertCanRequestApproval(required: boolean, status: TApprovalStatus): void {
  if (!required) throw new AppError('INVALID_INPUT', { message: 'No line discount is above the approval threshold; this quote can be sent as it is.' });
  if (status === 'pending') throw new AppError('INVALID_INPUT', { message: 'An approval is already pending for this quote.' });
  if (status === 'approved') throw new AppError('INVALID_INPUT', { message: 'This quote is already approved.' });
  if (status === 'rejected') throw new AppError('INVALID_INPUT', { message: 'This discount was rejected; change the lines before asking again.' });
}

/** Throws INVALID_INPUT unless an approval decision is awaited. */
export function assertCanDecide(status: TApprovalStatus): void {
  if (status !== 'pending') throw new AppError('INVALID_INPUT', { message: `There is no pending approval on this quote (approval is ${status.replace('_', ' ')}).` });
}

/**
 * Approval after a line edit of a draft (header edits such as notes keep it). Lines are locked while a
 * decision is pending (the manager must judge what they were shown); an
 * approval or a rejection was about the old lines, so any edit clears it and
 * the new lines are judged again.
 */
export function approvalAfterLineEdit(status: TApprovalStatus): TApprovalStatus {
  if (status === 'pending') {
    throw new AppError('INVALID_INPUT', { message: 'This quote is waiting for a manager’s approval; its lines are locked until the decision.' });
  }
  return 'not_required';
}
