import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { opportunities, opportunityEvents } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TBoardCard } from '~/domain/board/card';
import { selectCards } from './card-query';

/**
 * The idempotency rule of board mutations (same as opportunity.move): when
 * the organization already recorded an event with this client mutation id,
 * the mutation was applied before and the answer is the card as it is now.
 * Returns null for a new id; a reused id for another card is INVALID_INPUT.
 */
export async function findReplay(db: DbOrTx, organizationId: string, clientMutationId: string, opportunityId: string): Promise<TBoardCard | null> {
  const [previous] = await db
    .select({ opportunityId: opportunityEvents.opportunityId })
    .from(opportunityEvents)
    .where(and(eq(opportunityEvents.organizationId, organizationId), eq(opportunityEvents.clientMutationId, clientMutationId)));
  if (!previous) return null;
  if (previous.opportunityId !== opportunityId) {
    throw new AppError('INVALID_INPUT', { message: 'This client mutation id was used for another card.' });
  }
  const [card] = await selectCards(db, organizationId, eq(opportunities.id, opportunityId));
  return card ?? null;
}
