/** One opportunity as the boards show it. Amounts in minor units. */
export type TBoardCard = {
  id: string;
  title: string;
  customerId: string | null;
  customerName: string | null;
  ownerId: string;
  ownerName: string;
  teamId: string | null;
  pipelineId: string;
  stageId: string;
  type: 'new_business' | 'upsell' | 'renewal';
  amountMinor: number;
  currency: string;
  /** Percent, 0–100. */
  probability: number;
  /** 'YYYY-MM-DD'. */
  expectedCloseDate: string;
  status: 'open' | 'won' | 'lost';
  /** ISO 8601 instant; a string so board snapshots serialize cheaply and match socket payloads. */
  stageEnteredAt: string;
  rank: string;
  version: number;
  boardSeq: number;
};

/**
 * Applies a card state received from the server (mutation answer, broadcast
 * or catch-up) to a client's cards. Idempotent: an event whose version is not
 * newer than the held one is ignored, so duplicates and stale events are
 * harmless. Closed cards leave the board.
 */
export function applyCardEvent(cards: ReadonlyMap<string, TBoardCard>, incoming: TBoardCard): Map<string, TBoardCard> | null {
  const held = cards.get(incoming.id);
  if (held && held.version >= incoming.version) return null;
  if (!held && incoming.status !== 'open') return null;
  const next = new Map(cards);
  if (incoming.status === 'open') next.set(incoming.id, incoming);
  else next.delete(incoming.id);
  return next;
}
