import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { opportunities, opportunityEvents } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TDocChanged } from '~/domain/schemas/doc-event';
import type { TQuoteActionInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import { stampBoardSeq } from '../board/bump-board-seq';
import { selectCards } from '../board/card-query';
import { CARD_EVENT, type TCardEvent } from '../board/move-opportunity';
import type { TViewer } from '../viewer';
import { createOrderFromQuote, orderCreated } from './create-order-from-quote';
import { publishDocChanges, quoteChanged } from './doc-changed';
import { lockQuote, type TQuoteRow } from './lock-quote';
import { applyQuoteStatus } from './set-quote-status';

/**
 * "The customer said yes", as one transaction: the sent quote becomes
 * accepted; its open opportunity is won (probability 100, forecast category
 * closed, amount = the quote's net, version bump, a 'won' history event and a
 * board-sequence stamp, taken last); and the order is created from the
 * quote's lines. A deal already won stays as it is; a lost one refuses.
 * After the commit: the card goes to live boards (`board:card`) and
 * `doc:changed` goes out for the quote, the order and the opportunity.
 */
export async function acceptAndWin(db: Db, viewer: TViewer & { name: string }, input: TQuoteActionInput, publish: TPublish) {
  const result = await db.transaction(async (tx) => {
    const now = new Date();
    const quote = await applyQuoteStatus(tx, await lockQuote(tx, viewer.organizationId, input.id, input.version), 'accepted');
    const win = await winOpportunity(tx, viewer, quote, now);
    const order = await createOrderFromQuote(tx, viewer, quote, now);
    const card = win ? { ...(await selectCards(tx, viewer.organizationId, eq(opportunities.id, win.id)))[0]!, boardSeq: await stampBoardSeq(tx, viewer.organizationId, win.id) } : null;
    return { quote, order, card };
  });
  const { quote, order, card } = result;
  if (card) {
    const event: TCardEvent = { card, seq: card.boardSeq, actorId: viewer.userId, actorName: viewer.name, kind: 'won' };
    publish(viewer.organizationId, CARD_EVENT, event);
  }
  const changes: TDocChanged[] = [quoteChanged(quote, viewer.userId), orderCreated(order, viewer.userId)];
  if (card) changes.push({ type: 'opportunity', id: card.id, opportunityId: card.id, customerId: card.customerId, status: 'won', actorId: viewer.userId });
  publishDocChanges(publish, viewer.organizationId, changes);
  return { quote, order, opportunity: card };
}

/** Marks the quote's opportunity won (locked first); null when there is none or it is already won. */
async function winOpportunity(tx: Tx, viewer: TViewer, quote: TQuoteRow, now: Date) {
  if (!quote.opportunityId) return null;
  const [current] = await tx
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.id, quote.opportunityId), eq(opportunities.organizationId, viewer.organizationId)))
    .for('update');
  if (!current || current.status === 'won') return null;
  if (current.status === 'lost') {
    throw new AppError('INVALID_INPUT', { message: `The deal “${current.title}” is marked lost; it cannot be won from this quote.` });
  }
  const amountMinor = current.currency === quote.currency ? quote.netMinor : current.amountMinor;
  const version = current.version + 1;
  await tx
    .update(opportunities)
    .set({ status: 'won', probability: 100, forecastCategory: 'closed', closedAt: now, amountMinor, version, updatedAt: now })
    .where(eq(opportunities.id, current.id));
  await tx.insert(opportunityEvents).values({
    organizationId: viewer.organizationId,
    opportunityId: current.id,
    actorId: viewer.userId,
    kind: 'won',
    from: { stageId: current.stageId, probability: current.probability, status: current.status, amountMinor: current.amountMinor },
    to: { status: 'won', probability: 100, amountMinor },
    version,
  });
  return { id: current.id };
}
