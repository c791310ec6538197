import type { DbOrTx } from '~/db/client';
import { AppError } from '~/domain/app-error';
import { conflictError } from '../board/conflict-error';

/**
 * The CONFLICT answer to an edit made on a stale version: the same data as a
 * stale move (the current card and who changed it last, from conflictError),
 * worded for an edit rather than a drag.
 */
export async function staleError(db: DbOrTx, organizationId: string, opportunityId: string): Promise<AppError> {
  const conflict = await conflictError(db, organizationId, opportunityId);
  const who = String(conflict.data?.actorName ?? 'Someone');
  return new AppError('CONFLICT', { message: `${who} changed this deal meanwhile. Review the current values and try again.`, data: conflict.data });
}
