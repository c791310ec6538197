import { describe, expect, it } from 'vitest';
import type { TBoardCard } from './card';
import { columnTotals, groupCards, stageAge } from './columns';
import { matchesFilter, parseBoardFilter } from './filter';

const card = (over: Partial<TBoardCard>): TBoardCard => ({
  id: 'c', title: 'Línea de envasado', customerId: null, customerName: 'Zumos Ortega, S.L.', ownerId: 'u1', ownerName: 'Ana', teamId: 't1',
  pipelineId: 'p', stageId: 's1', type: 'upsell', amountMinor: 10_000, currency: 'EUR', probability: 50, expectedCloseDate: '2026-12-15',
  status: 'open', stageEnteredAt: '2026-11-01T00:00:00.000Z', rank: 'a0', version: 1, boardSeq: 0, ...over,
});

describe('board filters', () => {
  it('parses the URL and drops invalid values', () => {
    expect(parseBoardFilter(new URLSearchParams('owner=u1&pmin=40&pmax=abc&type=bogus&q=envas'))).toEqual({ owner: 'u1', pmin: 40, q: 'envas' });
  });
  it.each([
    [{ owner: 'u1' }, true],
    [{ owner: 'u2' }, false],
    [{ team: 't2' }, false],
    [{ type: 'renewal' as const }, false],
    [{ pmin: 50, pmax: 60 }, true],
    [{ pmin: 51 }, false],
    [{ from: '2026-12-01', to: '2026-12-31' }, true],
    [{ to: '2026-12-14' }, false],
    [{ q: 'linea' }, true],
    [{ q: 'ZUMOS' }, true],
    [{ q: 'acme' }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matchesFilter(card({}), filter)).toBe(expected);
  });
});

describe('columns', () => {
  it('groups by band and sorts by rank', () => {
    const groups = groupCards([card({ id: 'b', rank: 'a2' }), card({ id: 'a', rank: 'a1' }), card({ id: 'x', probability: 5 })], 'probability', [10, 50]);
    expect(groups.get('p50')!.map((c) => c.id)).toEqual(['a', 'b']);
    expect(groups.get('p10')!.map((c) => c.id)).toEqual(['x']);
  });
  it('totals net and weighted amounts in integers, skipping other currencies', () => {
    expect(columnTotals([card({ amountMinor: 333, probability: 50 }), card({ amountMinor: 1000, currency: 'USD' })], 'EUR')).toEqual({
      count: 2, netMinor: 333, weightedMinor: 167, notSummed: 1,
    });
  });
  it('marks rotting cards', () => {
    expect(stageAge(card({}), 14, new Date('2026-11-20T12:00:00Z'))).toEqual({ days: 19, rotting: true });
    expect(stageAge(card({}), null, new Date('2026-11-20T12:00:00Z')).rotting).toBe(false);
  });
});
