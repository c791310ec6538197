import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { opportunities, opportunityEvents } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TBoardCard } from '~/domain/board/card';
import type { TOpportunityPatch, TOpportunityUpdateInput } from '~/domain/schemas/opportunity';
import type { TPublish } from '~/server/trpc/context';
import { stampBoardSeq } from '../board/bump-board-seq';
import { selectCards } from '../board/card-query';
import { CARD_EVENT, type TCardEvent } from '../board/move-opportunity';
import type { TViewer } from '../viewer';
import { findReplay } from '../board/find-replay';
import { ownerTeam } from './owner-team';
import { diffPatch, isEmptyDiff } from './patch-diff';
import { staleError } from './stale-error';

type TUpdateResult = { card: TBoardCard; seq: number };

/**
 * Edits an open deal's fields in one transaction: a version-checked UPDATE,
 * an 'updated' opportunity event with the changed fields before and after,
 * and a board-sequence bump. A retry with the same client mutation id returns
 * the current card without applying anything; a save that changes nothing
 * writes nothing. After the commit the new card is published to the
 * organization like a move. Throws CONFLICT (with the current card) when the
 * version is stale, INVALID_INPUT for closed deals or an owner who may not
 * own deals.
 */
export async function updateOpportunity(db: Db, viewer: TViewer & { name: string }, input: TOpportunityUpdateInput, publish: TPublish): Promise<TUpdateResult> {
  const { organizationId } = viewer;
  let result: TUpdateResult & { applied: boolean };
  try {
    result = await db.transaction((tx) => applyUpdate(tx, viewer, input));
  } catch (error) {
    // A concurrent retry of this very mutation may have won the row; then this is a replay, not a conflict.
    const replayed = error instanceof AppError && error.code === 'CONFLICT' ? await findReplay(db, organizationId, input.clientMutationId, input.id) : null;
    if (!replayed) throw error;
    result = { card: replayed, seq: replayed.boardSeq, applied: false };
  }
  if (result.applied) {
    const event: TCardEvent = { card: result.card, seq: result.seq, actorId: viewer.userId, actorName: viewer.name, kind: 'updated' };
    publish(organizationId, CARD_EVENT, event);
  }
  return { card: result.card, seq: result.seq };
}

async function applyUpdate(tx: Tx, viewer: TViewer, input: TOpportunityUpdateInput) {
  const { organizationId } = viewer;
  const cardNow = async () => (await selectCards(tx, organizationId, eq(opportunities.id, input.id)))[0]!;
  const replayed = await findReplay(tx, organizationId, input.clientMutationId, input.id);
  if (replayed) return { card: replayed, seq: replayed.boardSeq, applied: false };
  const [current] = await tx
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.id, input.id), eq(opportunities.organizationId, organizationId)));
  if (!current) throw new AppError('NOT_FOUND', { message: 'Opportunity not found.' });
  if (current.version !== input.version) throw await staleError(tx, organizationId, input.id);
  if (current.status !== 'open') throw new AppError('INVALID_INPUT', { message: 'This deal is closed and can no longer be edited.' });
  const change = await planEdit(tx, organizationId, current, input.patch);
  if (isEmptyDiff(change)) {
    const card = await cardNow();
    return { card, seq: card.boardSeq, applied: false };
  }
  const updated = await tx
    .update(opportunities)
    .set({ ...change.set, version: current.version + 1, updatedAt: new Date() })
    .where(and(eq(opportunities.id, input.id), eq(opportunities.version, input.version)))
    .returning({ id: opportunities.id });
  if (updated.length === 0) throw await staleError(tx, organizationId, input.id);
  await tx.insert(opportunityEvents).values({
    organizationId,
    opportunityId: input.id,
    actorId: viewer.userId,
    kind: 'updated',
    from: change.from,
    to: change.to,
    version: current.version + 1,
    clientMutationId: input.clientMutationId,
  });
  const card = await cardNow();
  const seq = await stampBoardSeq(tx, organizationId, input.id);
  return { card: { ...card, boardSeq: seq }, seq, applied: true };
}

/** The changed fields of an edit; a new owner also brings the deal to their team (see ownerTeam). */
async function planEdit(tx: Tx, organizationId: string, current: typeof opportunities.$inferSelect, patch: TOpportunityPatch) {
  const diff = diffPatch(current, patch);
  if (diff.set.ownerId === undefined) return diff;
  const teamId = await ownerTeam(tx, organizationId, diff.set.ownerId, current.teamId);
  if (teamId === current.teamId) return diff;
  return { set: { ...diff.set, teamId }, from: { ...diff.from, teamId: current.teamId }, to: { ...diff.to, teamId } };
}
