import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { isUniqueViolation } from '~/db/errors';
import { opportunities, opportunityEvents } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TBoardCard } from '~/domain/board/card';
import { monthOfDate, moveDateToMonth, type TMonth } from '~/domain/invoicing/months';
import type { TPublish } from '~/server/trpc/context';
import { stampBoardSeq } from '../board/bump-board-seq';
import { selectCards } from '../board/card-query';
import { conflictError } from '../board/conflict-error';
import { findReplay } from '../board/find-replay';
import { CARD_EVENT, type TCardEvent } from '../board/move-opportunity';
import { notify } from '../notification/notify';
import type { TViewer } from '../viewer';

type TInput = { id: string; version: number; month: TMonth; clientMutationId: string };
type TResult = { card: TBoardCard; seq: number; replayed: boolean };
type TPush = (publish: TPublish) => void;

/**
 * Moves an open deal's expected close date to another month (a drop on the
 * invoicing board), keeping its day of month clamped to the target month's
 * length (31 Jan → 28 Feb). Same guarantees as a board move, in one
 * transaction: a version-checked UPDATE, an 'updated' opportunity event
 * (expectedCloseDate before and after) carrying the client mutation id, and,
 * last, the board-sequence stamp. A retry with the same client mutation id
 * answers the card as it is without applying anything; a stale version
 * answers CONFLICT with the current card. When someone else moved the
 * deal, its owner gets a `deal_changed` notification (like a board move).
 * After the commit the card goes to the organization's room as
 * `board:card`, so every board updates, and the notification is pushed.
 * A drop on the deal's own month changes nothing and writes nothing.
 */
export async function moveOpportunityMonth(db: Db, viewer: TViewer & { name: string }, input: TInput, publish: TPublish): Promise<TResult> {
  const result = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(opportunities)
      .where(and(eq(opportunities.id, input.id), eq(opportunities.organizationId, viewer.organizationId)));
    if (!current) throw new AppError('NOT_FOUND', { message: 'Opportunity not found.' });
    if (current.version !== input.version) return replayOrConflict(tx, viewer.organizationId, input);
    if (current.status !== 'open') {
      throw new AppError('INVALID_INPUT', { message: 'This deal is closed; only open deals can be moved to another month.' });
    }
    const expectedCloseDate = moveDateToMonth(current.expectedCloseDate, input.month);
    if (monthOfDate(current.expectedCloseDate) === input.month) {
      const [card] = await selectCards(tx, viewer.organizationId, eq(opportunities.id, input.id));
      return { card: card!, seq: card!.boardSeq, replayed: true } as TResult & { push?: TPush };
    }
    const updated = await tx
      .update(opportunities)
      .set({ expectedCloseDate, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(opportunities.id, input.id), eq(opportunities.version, input.version)))
      .returning({ id: opportunities.id });
    if (updated.length === 0) return replayOrConflict(tx, viewer.organizationId, input);
    await tx
      .insert(opportunityEvents)
      .values({
        organizationId: viewer.organizationId,
        opportunityId: input.id,
        actorId: viewer.userId,
        kind: 'updated',
        from: { expectedCloseDate: current.expectedCloseDate },
        to: { expectedCloseDate },
        version: current.version + 1,
        clientMutationId: input.clientMutationId,
      })
      .catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        throw new AppError('INVALID_INPUT', { message: 'This client mutation id was already used.', cause: error });
      });
    const push = await notify(tx, {
      organizationId: viewer.organizationId,
      userIds: [current.ownerId],
      kind: 'deal_changed',
      data: { opportunityId: current.id, title: current.title, actorName: viewer.name, change: 'closeDate', from: current.expectedCloseDate, to: expectedCloseDate },
      link: `/boards/invoicing?card=${current.id}`,
      actorId: viewer.userId,
    });
    const [card] = await selectCards(tx, viewer.organizationId, eq(opportunities.id, input.id));
    const seq = await stampBoardSeq(tx, viewer.organizationId, input.id);
    return { card: { ...card!, boardSeq: seq }, seq, replayed: false, push };
  });
  if (!result.replayed) {
    const event: TCardEvent = { card: result.card, seq: result.seq, actorId: viewer.userId, actorName: viewer.name, kind: 'updated' };
    publish(viewer.organizationId, CARD_EVENT, event);
    result.push?.(publish);
  }
  return { card: result.card, seq: result.seq, replayed: result.replayed };
}

/** Stale version: a retry of this mutation (answer the card as it is) or someone else's change (CONFLICT). */
async function replayOrConflict(tx: Tx, organizationId: string, input: TInput): Promise<TResult & { push?: TPush }> {
  const replay = await findReplay(tx, organizationId, input.clientMutationId, input.id);
  if (replay) return { card: replay, seq: replay.boardSeq, replayed: true };
  throw await conflictError(tx, organizationId, input.id);
}
