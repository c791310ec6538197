import { and, gt, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { opportunities } from '~/db/schema';
import { currentBoardSeq } from './bump-board-seq';
import { selectCards } from './card-query';

/** Above this many changed cards a client reloads the board instead of patching it. */
export const CATCH_UP_LIMIT = 500;

/**
 * What changed since `sinceSeq`: the current state of every card whose last
 * change has a higher board sequence (closed ones included, so they leave the
 * board). Applying them converges the client to the database. When more than
 * CATCH_UP_LIMIT cards changed, answers `reload: true`.
 */
export async function catchUp(db: DbOrTx, organizationId: string, sinceSeq: number) {
  const seq = await currentBoardSeq(db, organizationId);
  if (sinceSeq > seq) return { seq, reload: true as const, cards: [] };
  const cards = await selectCards(db, organizationId, and(gt(opportunities.boardSeq, sinceSeq), eq(opportunities.organizationId, organizationId)));
  if (cards.length > CATCH_UP_LIMIT) return { seq, reload: true as const, cards: [] };
  return { seq, reload: false as const, cards };
}
