import { and, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { isUniqueViolation } from '~/db/errors';
import { queryPrepared } from '~/db/query-prepared';
import { opportunities, stages } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TBoardCard } from '~/domain/board/card';
import type { TMoveInput } from '~/domain/schemas/board';
import type { TPublish } from '~/server/trpc/context';
import { NOTIFICATION_EVENT } from '../notification/notify';
import type { TViewer } from '../viewer';
import { conflictError } from './conflict-error';
import { findReplay } from './find-replay';
import { eventKindOf, moveStatement, type TMovedRow } from './move-statement';

/** Socket event carrying a card's new state to everyone in the organization. */
export const CARD_EVENT = 'board:card';
export type TCardEvent = { card: TBoardCard; seq: number; actorId: string; actorName: string; kind: string };

type TMoveResult = { card: TBoardCard; seq: number; replayed: boolean };

/**
 * Moves a card: a version-checked update, a history event, a board-sequence
 * stamp and (when the card is someone else's) a notification to its owner,
 * all in ONE statement (see moveStatement), then the new state is published
 * to the organization's room. When nothing was changed, finds out why: a
 * retry of an applied move (same client mutation id) answers with the card as
 * it is; a stale version or closed card is CONFLICT with the current card; a
 * stage outside the card's pipeline is INVALID_INPUT.
 */
export async function moveOpportunity(db: Db, viewer: TViewer & { name: string }, input: TMoveInput, publish: TPublish): Promise<TMoveResult> {
  let rows: TMovedRow[];
  try {
    rows = await queryPrepared<TMovedRow>(db, moveStatement(viewer.organizationId, viewer, input));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The client mutation id is already recorded: a retry racing its first attempt, or a reuse.
    const replay = await findReplay(db, viewer.organizationId, input.clientMutationId, input.id);
    if (replay) return { card: replay, seq: replay.boardSeq, replayed: true };
    throw error;
  }
  const row = rows[0];
  if (!row) return explainNoChange(db, viewer.organizationId, input);
  const card = cardOf(row);
  const event: TCardEvent = { card, seq: card.boardSeq, actorId: viewer.userId, actorName: viewer.name, kind: eventKindOf(input.target) };
  publish(viewer.organizationId, CARD_EVENT, event);
  if (row.notification) publish(viewer.organizationId, NOTIFICATION_EVENT, row.notification, [card.ownerId]);
  return { card, seq: card.boardSeq, replayed: false };
}

/** The statement's row as a board card. */
function cardOf(row: TMovedRow): TBoardCard {
  return {
    id: row.id,
    title: row.title,
    customerId: row.customer_id,
    customerName: row.customer_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    teamId: row.team_id,
    pipelineId: row.pipeline_id,
    stageId: row.stage_id,
    type: row.type,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    probability: row.probability,
    expectedCloseDate: row.expected_close_date,
    status: row.status,
    stageEnteredAt: row.stage_entered_at,
    rank: row.rank,
    version: row.version,
    boardSeq: Number(row.board_seq),
  };
}

/** Nothing was written: say why (off the happy path, so it may take a few queries). */
async function explainNoChange(db: Db, organizationId: string, input: TMoveInput): Promise<TMoveResult> {
  const [current] = await db
    .select({ version: opportunities.version, status: opportunities.status, pipelineId: opportunities.pipelineId })
    .from(opportunities)
    .where(and(eq(opportunities.id, input.id), eq(opportunities.organizationId, organizationId)));
  if (!current) throw new AppError('NOT_FOUND', { message: 'Opportunity not found.' });
  const replay = await findReplay(db, organizationId, input.clientMutationId, input.id);
  if (replay) return { card: replay, seq: replay.boardSeq, replayed: true };
  if (current.version === input.version && current.status === 'open' && input.target.kind === 'stage') {
    const [stage] = await db
      .select({ pipelineId: stages.pipelineId })
      .from(stages)
      .where(and(eq(stages.id, input.target.stageId), eq(stages.organizationId, organizationId)));
    if (!stage || stage.pipelineId !== current.pipelineId) {
      throw new AppError('INVALID_INPUT', { message: 'That stage is not part of this opportunity’s pipeline.' });
    }
  }
  throw await conflictError(db, organizationId, input.id);
}
