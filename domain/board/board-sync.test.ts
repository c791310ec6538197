import { describe, expect, it } from 'vitest';
import { applyCatchUp, catchUpDue, fromSnapshot, GAP_WAIT_MS, oweCatchUp, PERIODIC_CATCH_UP_MS, receiveEvent, rollBack, type TSyncEvent } from './board-sync';
import type { TBoardCard } from './card';

const card = (id: string, version: number, over: Partial<TBoardCard> = {}): TBoardCard => ({
  id, title: 'Deal', customerId: null, customerName: null, ownerId: 'u1', ownerName: 'Ana', teamId: null,
  pipelineId: 'p', stageId: 's1', type: 'new_business', amountMinor: 1000, currency: 'EUR', probability: 25,
  expectedCloseDate: '2026-12-31', status: 'open', stageEnteredAt: new Date(0).toISOString(), rank: 'a0', version, boardSeq: 0, ...over,
});
const ev = (id: string, version: number, seq: number, over: Partial<TBoardCard> = {}): TSyncEvent => ({ card: card(id, version, { boardSeq: seq, ...over }), seq });
const start = () => fromSnapshot({ seq: 10, cards: [card('a', 1), card('b', 1)] }, [], 0);

describe('board sync', () => {
  it.each([
    ['in order', [11, 12, 13], 13, []],
    ['out of order (concurrent commits)', [12, 11], 12, []],
    ['with a hole', [11, 13, 14], 11, [13, 14]],
    ['duplicates and old ones', [11, 11, 9, 12], 12, []],
  ])('advances the watermark only over contiguous sequence numbers: %s', (_name, seqs, watermark, ahead) => {
    let state = start();
    for (const seq of seqs) state = receiveEvent(state, ev('a', seq, seq), 0);
    expect(state.seq).toBe(watermark);
    expect(state.ahead).toEqual(ahead);
  });

  it('asks for catch-up once a gap stays open GAP_WAIT_MS, and not when it closes in time', () => {
    let state = receiveEvent(start(), ev('a', 2, 12), 100);
    expect(catchUpDue(state, 100 + GAP_WAIT_MS - 1)).toBe(false);
    expect(catchUpDue(state, 100 + GAP_WAIT_MS)).toBe(true);
    state = receiveEvent(state, ev('b', 2, 11), 200);
    expect(state.gapSince).toBeNull();
    expect(catchUpDue(state, 100 + GAP_WAIT_MS)).toBe(false);
    expect(catchUpDue(state, PERIODIC_CATCH_UP_MS)).toBe(true);
  });

  it('a catch-up fills the gap, applies the missed cards and keeps events beyond it', () => {
    let state = receiveEvent(start(), ev('a', 3, 15), 0);
    state = applyCatchUp(state, { seq: 13, cards: [card('b', 2, { probability: 90 }), card('a', 2, { status: 'won' })] }, 50);
    expect(state.seq).toBe(13);
    expect(state.ahead).toEqual([15]);
    expect(state.gapSince).toBe(50);
    expect(state.cards.get('b')?.probability).toBe(90);
    // 'a' is at version 3 already: the older "won" state of the catch-up is ignored.
    expect(state.cards.get('a')?.version).toBe(3);
    state = applyCatchUp(state, { seq: 15, cards: [] }, 60);
    expect([state.seq, state.ahead, state.gapSince]).toEqual([15, [], null]);
  });

  it('a snapshot keeps the newer events received while it was being read', () => {
    let state = start();
    state = receiveEvent(state, ev('a', 2, 11, { probability: 50 }), 0);
    state = receiveEvent(state, ev('b', 2, 12, { status: 'lost' }), 0);
    const reloaded = fromSnapshot({ seq: 11, cards: [card('a', 2, { probability: 50 }), card('b', 1)] }, state.recent, 5);
    expect(reloaded.cards.has('b')).toBe(false);
    expect(reloaded.seq).toBe(12);
    expect(reloaded.syncedAt).toBe(5);
  });

  it('a rolled-back optimistic move restores the card, but never over a newer version from the feed', () => {
    const original = card('a', 3, { probability: 25 });
    const optimistic = new Map([['a', card('a', 3, { probability: 90 })]]);
    expect(rollBack(optimistic, original).get('a')?.probability).toBe(25);
    const newer = new Map([['a', card('a', 4, { probability: 50 })]]);
    expect(rollBack(newer, original).get('a')?.version).toBe(4);
  });

  it('after a reconnect a catch-up stays due until one succeeds, whatever events arrive', () => {
    let state = oweCatchUp(start());
    state = receiveEvent(state, ev('a', 2, 11), 1);
    expect(catchUpDue(state, 2)).toBe(true);
    expect(catchUpDue(applyCatchUp(state, { seq: 11, cards: [] }, 3), 4)).toBe(false);
  });
});
