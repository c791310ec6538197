import { describe, expect, it } from 'vitest';
import { cellKeyOf, createDealBook, fileDeals, openCellsOf, setDeal, simulationColumns, type TOpenDealRow, type TPackedDeals } from './open-deal-book';
import { monthKeyOf } from './simulation-frame';

const row = (i: number, patch: Partial<TOpenDealRow> = {}): TOpenDealRow => ({
  id: `deal-${i}`, amountMinor: 1_000 * (i + 1) + 7, probability: [10, 25, 50, 75, 90][i % 5]!, month: `2026-1${i % 3}`, ownerId: `rep-${i % 2}`, teamId: i % 4 === 0 ? null : 'team-a',
  pipelineId: 'main', category: (['pipeline', 'best_case', 'commit', 'omitted'] as const)[i % 4]!, existedBefore: i % 3 === 0, streamA: i, streamB: -i, ...patch,
});

/** A full read of `rows`, packed as loadOpenDeals returns it. */
function packed(rows: TOpenDealRow[]): TPackedDeals {
  return {
    ids: rows.map((r) => r.id), cellKeys: rows.map(cellKeyOf), omitted: Uint8Array.from(rows.map((r) => (r.category === 'omitted' ? 1 : 0))),
    amountMinor: Float64Array.from(rows.map((r) => r.amountMinor)), probability: Int16Array.from(rows.map((r) => r.probability)), monthKey: Int32Array.from(rows.map((r) => monthKeyOf(r.month))),
    streamA: Int32Array.from(rows.map((r) => r.streamA)), streamB: Int32Array.from(rows.map((r) => r.streamB)),
  };
}
const bookOf = (rows: TOpenDealRow[]) => {
  const book = createDealBook(packed(rows));
  fileDeals(book, packed(rows), 0, rows.length);
  return book;
};

describe('open-deal book', () => {
  const rows = Array.from({ length: 40 }, (_, i) => row(i));

  it('sums cells with the weighted amount rounded half-up per deal', () => {
    const cells = openCellsOf(bookOf([row(0, { amountMinor: 105, probability: 50, category: 'commit' }), row(4, { amountMinor: 101, probability: 50, category: 'commit', teamId: null, existedBefore: true, month: '2026-10' })]));
    expect(cells).toEqual([expect.objectContaining({ deals: 2, amountMinor: 206, weightedMinor: 53 + 51, category: 'commit' })]);
  });

  it('after moves, wins, new and omitted deals has the cells and simulation of a fresh read of the same deals', () => {
    const book = bookOf(rows);
    const changes = [
      setDeal(book, 'deal-2', row(2, { probability: 90, month: '2027-01' })),
      setDeal(book, 'deal-5', null),
      setDeal(book, 'deal-98', row(98)),
      setDeal(book, 'deal-1', row(1, { category: 'omitted' })),
      setDeal(book, 'deal-3', row(3, { category: 'commit' })),
    ];
    expect(changes.map((c) => c && { slot: c.slot, open: c.deal !== null })).toEqual([{ slot: 2, open: true }, { slot: 5, open: false }, { slot: 5, open: true }, { slot: 1, open: false }, { slot: 3, open: true }]);
    const now = [...rows.filter((r) => r.id !== 'deal-5').map((r) => (r.id === 'deal-2' ? row(2, { probability: 90, month: '2027-01' }) : r.id === 'deal-1' ? row(1, { category: 'omitted' }) : r.id === 'deal-3' ? row(3, { category: 'commit' }) : r)), row(98)];
    const fresh = bookOf(now);
    expect(openCellsOf(book)).toEqual(openCellsOf(fresh));
    expect(book.simulated).toBe(fresh.simulated);
    const simulatedBy = (b: ReturnType<typeof bookOf>) => {
      const c = simulationColumns(b);
      return new Map(b.ids.flatMap((id, slot) => (id && c.probability[slot]! >= 0 ? [[id, [c.amountMinor[slot], c.probability[slot], c.monthKey[slot]]]] : [])));
    };
    expect(simulatedBy(book)).toEqual(simulatedBy(fresh));
  });

  it('drops a cell whose last deal left', () => {
    const book = bookOf([row(0)]);
    setDeal(book, 'deal-0', null);
    expect(openCellsOf(book)).toEqual([]);
    expect(setDeal(book, 'unknown', null)).toBeNull();
  });
});
