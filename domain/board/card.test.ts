import { describe, expect, it } from 'vitest';
import { applyCardEvent, type TBoardCard } from './card';
import { bandIndexOf } from './probability-bands';
import { compareRanks, rankBetween } from './ranks';

const card = (over: Partial<TBoardCard> = {}): TBoardCard => ({
  id: 'c1', title: 'Deal', customerId: null, customerName: null, ownerId: 'u1', ownerName: 'Ana', teamId: null,
  pipelineId: 'p', stageId: 's1', type: 'new_business', amountMinor: 1000, currency: 'EUR', probability: 25,
  expectedCloseDate: '2026-12-31', status: 'open', stageEnteredAt: new Date(0).toISOString(), rank: 'a0', version: 1, boardSeq: 1, ...over,
});

describe('applyCardEvent', () => {
  const held = new Map([['c1', card()]]);

  it('applies a newer version', () => {
    expect(applyCardEvent(held, card({ version: 2, probability: 50 }))?.get('c1')?.probability).toBe(50);
  });
  it.each([1, 0])('ignores a duplicate or stale version %i', (version) => {
    expect(applyCardEvent(held, card({ version, probability: 90 }))).toBeNull();
  });
  it('removes a card that was won or lost', () => {
    expect(applyCardEvent(held, card({ version: 2, status: 'won' }))?.has('c1')).toBe(false);
  });
  it('adds an open card it did not hold, ignores a closed one', () => {
    expect(applyCardEvent(new Map(), card())?.has('c1')).toBe(true);
    expect(applyCardEvent(new Map(), card({ status: 'lost' }))).toBeNull();
  });
});

describe('bandIndexOf', () => {
  const bands = [10, 25, 50, 75, 90];
  it.each([[0, 0], [10, 0], [24, 0], [25, 1], [60, 2], [75, 3], [99, 4], [100, 4]])('%i%% → column %i', (p, i) => {
    expect(bandIndexOf(p, bands)).toBe(i);
  });
});

describe('ranks', () => {
  it('generates keys strictly between neighbours and sorts bytewise', () => {
    const a = rankBetween(null, null);
    const c = rankBetween(a, null);
    const b = rankBetween(a, c);
    expect([c, a, b].map((rank, i) => ({ rank, id: String(i) })).sort(compareRanks).map((r) => r.rank)).toEqual([a, b, c]);
  });
  it('breaks equal ranks by id', () => {
    expect(compareRanks({ rank: 'a0', id: 'b' }, { rank: 'a0', id: 'a' })).toBe(1);
  });
});
