import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { isUniqueViolation } from '~/db/errors';
import { opportunities, opportunityEvents, organizations, stages } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TBoardCard } from '~/domain/board/card';
import type { TMoveInput, TMoveTarget } from '~/domain/schemas/board';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { stampBoardSeq } from './bump-board-seq';
import { conflictError } from './conflict-error';
import { findReplay } from './find-replay';
import { selectCards } from './card-query';

/** Socket event carrying a card's new state to everyone in the organization. */
export const CARD_EVENT = 'board:card';
export type TCardEvent = { card: TBoardCard; seq: number; actorId: string; actorName: string; kind: string };

type TMoveResult = { card: TBoardCard; seq: number; replayed: boolean };

/**
 * Moves a card in one transaction: a version-checked UPDATE, an opportunity
 * event and, last, a board-sequence stamp (see stampBoardSeq). A retry with the same client mutation id
 * returns the first result without applying anything. After the commit the new
 * state is published to the organization's room.
 * Throws CONFLICT (with the current card) when the version is stale.
 */
export async function moveOpportunity(db: Db, viewer: TViewer & { name: string }, input: TMoveInput, publish: TPublish): Promise<TMoveResult> {
  const result = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(opportunities)
      .where(and(eq(opportunities.id, input.id), eq(opportunities.organizationId, viewer.organizationId)));
    if (!current) throw new AppError('NOT_FOUND', { message: 'Opportunity not found.' });
    if (current.version !== input.version || current.status !== 'open') return replayOrConflict(tx, viewer.organizationId, input);
    const change = await changeFor(tx, viewer.organizationId, current, input.target);
    const updated = await tx
      .update(opportunities)
      .set({ ...change.set, rank: input.rank, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(opportunities.id, input.id), eq(opportunities.version, input.version)))
      .returning({ id: opportunities.id });
    // A concurrent change (or this very move, retried) committed first.
    if (updated.length === 0) return replayOrConflict(tx, viewer.organizationId, input);
    await tx
      .insert(opportunityEvents)
      .values({
        organizationId: viewer.organizationId,
        opportunityId: input.id,
        actorId: viewer.userId,
        kind: change.kind,
        from: change.from,
        to: change.to,
        version: current.version + 1,
        clientMutationId: input.clientMutationId,
      })
      .catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        throw new AppError('INVALID_INPUT', { message: 'This client mutation id was already used.', cause: error });
      });
    const [card] = await selectCards(tx, viewer.organizationId, eq(opportunities.id, input.id));
    const seq = await stampBoardSeq(tx, viewer.organizationId, input.id);
    return { card: { ...card!, boardSeq: seq }, seq, replayed: false, kind: change.kind };
  });
  if (!result.replayed) {
    const event: TCardEvent = { card: result.card, seq: result.seq, actorId: viewer.userId, actorName: viewer.name, kind: result.kind };
    publish(viewer.organizationId, CARD_EVENT, event);
  }
  return { card: result.card, seq: result.seq, replayed: result.replayed };
}

type TOpportunityRow = typeof opportunities.$inferSelect;

/**
 * The version did not match: either this client mutation id was already
 * applied (a retry: answer with the card as it is) or someone else changed
 * the card first (CONFLICT with the current card). Checking only here keeps
 * the idempotency lookup off the happy path.
 */
async function replayOrConflict(tx: Tx, organizationId: string, input: TMoveInput) {
  const replay = await findReplay(tx, organizationId, input.clientMutationId, input.id);
  if (replay) return { card: replay, seq: replay.boardSeq, replayed: true, kind: 'replayed' };
  throw await conflictError(tx, organizationId, input.id);
}

/** What a drop on `target` changes, and the history record of it. */
async function changeFor(tx: Tx, organizationId: string, current: TOpportunityRow, target: TMoveTarget) {
  const from = { stageId: current.stageId, probability: current.probability, status: current.status };
  const now = new Date();
  switch (target.kind) {
    case 'band':
      return { kind: 'moved' as const, set: { probability: target.probability }, from, to: { probability: target.probability } };
    case 'won':
      return {
        kind: 'won' as const,
        set: { status: 'won' as const, probability: 100, forecastCategory: 'closed' as const, closedAt: now },
        from,
        to: { status: 'won', probability: 100 },
      };
    case 'lost':
      return {
        kind: 'lost' as const,
        set: { status: 'lost' as const, probability: 0, forecastCategory: 'omitted' as const, lostReason: target.reason, closedAt: now },
        from,
        to: { status: 'lost', probability: 0, lostReason: target.reason },
      };
    case 'stage': {
      const [stage] = await tx
        .select({ id: stages.id, pipelineId: stages.pipelineId, defaultProbability: stages.defaultProbability })
        .from(stages)
        .where(and(eq(stages.id, target.stageId), eq(stages.organizationId, organizationId)));
      if (!stage || stage.pipelineId !== current.pipelineId) {
        throw new AppError('INVALID_INPUT', { message: 'That stage is not part of this opportunity’s pipeline.' });
      }
      const [org] = await tx.select({ stageSetsProbability: organizations.stageSetsProbability }).from(organizations).where(eq(organizations.id, organizationId));
      const probability = org?.stageSetsProbability ? stage.defaultProbability : current.probability;
      const stageChanged = stage.id !== current.stageId;
      return {
        kind: 'moved' as const,
        set: { stageId: stage.id, probability, ...(stageChanged ? { stageEnteredAt: now } : {}) },
        from,
        to: { stageId: stage.id, probability },
      };
    }
  }
}
