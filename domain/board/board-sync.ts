import { applyCardEvent, type TBoardCard } from './card';

/** A card state the server sent with the board sequence number of its change. */
export type TSyncEvent = { card: TBoardCard; seq: number };

/**
 * A client's copy of one organization's board: its cards and what it knows of
 * the board sequence. `seq` is the last sequence number up to which the
 * client has seen EVERY change (the watermark catch-up asks from); `ahead`
 * holds sequence numbers seen beyond it (events arrive out of order when
 * moves commit concurrently, and go missing when a node loses Redis).
 */
export type TBoardSyncState = {
  cards: Map<string, TBoardCard>;
  seq: number;
  ahead: readonly number[];
  /** When the oldest unfilled gap was noticed (ms), or null. */
  gapSince: number | null;
  /** When the client last caught up or loaded (ms). */
  syncedAt: number;
  /** The latest events, re-applied on top of a snapshot that was read before they arrived. */
  recent: readonly TSyncEvent[];
  /** A catch-up is owed (after a reconnect) until one succeeds; a failed one is retried. */
  owed?: boolean;
};

/** How long a sequence gap may stay open before the client asks for catch-up (ms). */
export const GAP_WAIT_MS = 1000;
/** A client also catches up this often, to learn of changes it was never told about (ms). */
export const PERIODIC_CATCH_UP_MS = 30_000;
const RECENT_EVENTS = 200;

/**
 * The state after loading a snapshot (`board.get`): its cards, plus any
 * event received meanwhile that is newer than the snapshot (the read may have
 * started before that change committed). Events missing in between show up
 * as a gap.
 */
export function fromSnapshot(snapshot: { seq: number; cards: readonly TBoardCard[] }, recent: readonly TSyncEvent[], now: number): TBoardSyncState {
  let state: TBoardSyncState = { cards: new Map(snapshot.cards.map((c) => [c.id, c])), seq: snapshot.seq, ahead: [], gapSince: null, syncedAt: now, recent: [] };
  for (const event of recent) if (event.seq > snapshot.seq) state = receiveEvent(state, event, now);
  return state;
}

/** Applies a live event idempotently (stale versions are ignored) and advances the watermark. */
export function receiveEvent(state: TBoardSyncState, event: TSyncEvent, now: number): TBoardSyncState {
  const cards = applyCardEvent(state.cards, event.card) ?? state.cards;
  const recent = [...state.recent.slice(-(RECENT_EVENTS - 1)), event];
  if (event.seq <= state.seq || state.ahead.includes(event.seq)) return { ...state, cards, recent };
  return { ...advance(state.seq, [...state.ahead, event.seq], state.gapSince, now), cards, syncedAt: state.syncedAt, recent, owed: state.owed };
}

/**
 * Applies a `board.catchUp` answer: every card changed after the watermark,
 * as it is now. Afterwards the client has seen everything up to `result.seq`.
 */
export function applyCatchUp(state: TBoardSyncState, result: { seq: number; cards: readonly TBoardCard[] }, now: number): TBoardSyncState {
  let cards = state.cards;
  for (const card of result.cards) cards = applyCardEvent(cards, card) ?? cards;
  const seq = Math.max(state.seq, result.seq);
  return { ...advance(seq, state.ahead.filter((s) => s > seq), null, now), cards, syncedAt: now, recent: state.recent, owed: false };
}

/** Applies one card state outside the feed (a mutation's answer, a CONFLICT's current card). */
export function applyCard(state: TBoardSyncState, card: TBoardCard): TBoardSyncState {
  const cards = applyCardEvent(state.cards, card);
  return cards ? { ...state, cards } : state;
}

/** True when a catch-up is owed, a gap has stayed open for GAP_WAIT_MS, or the last catch-up is PERIODIC_CATCH_UP_MS old. */
export function catchUpDue(state: TBoardSyncState, now: number): boolean {
  return !!state.owed || (state.gapSince !== null && now - state.gapSince >= GAP_WAIT_MS) || now - state.syncedAt >= PERIODIC_CATCH_UP_MS;
}

/** After a reconnect: the client may have missed anything, so a catch-up is owed until one succeeds. */
export const oweCatchUp = (state: TBoardSyncState): TBoardSyncState => ({ ...state, owed: true });

/** Moves the watermark over every contiguous sequence number; a remaining gap keeps (or starts) its clock. */
function advance(from: number, seen: number[], gapSince: number | null, now: number) {
  const ahead = [...new Set(seen)].sort((a, b) => a - b);
  let seq = from;
  while (ahead[0] === seq + 1) seq = ahead.shift()!;
  return { seq, ahead, gapSince: ahead.length ? (gapSince ?? now) : null };
}

/**
 * Undoes an optimistic move: puts `original` (the card as it was before the
 * drag, same version as the optimistic copy) back, unless a newer version
 * arrived meanwhile; a live event must not be rolled back over.
 */
export function rollBack(cards: ReadonlyMap<string, TBoardCard>, original: TBoardCard): Map<string, TBoardCard> {
  const held = cards.get(original.id);
  const next = new Map(cards);
  if (held && held.version > original.version) return next;
  if (original.status === 'open') next.set(original.id, original);
  else next.delete(original.id);
  return next;
}
