import type { TOpenCell } from './closed-facts';

/** One open deal in the organization's currency, as read per deal (omitted ones included: they count in the 'omitted' column). */
export type TOpenDealRow = {
  id: string;
  /** Minor units, ≥ 0. */
  amountMinor: number;
  /** Entered probability, whole percent. */
  probability: number;
  /** Expected close month 'YYYY-MM'. */
  month: string;
  ownerId: string;
  teamId: string | null;
  pipelineId: string;
  category: TOpenCell['category'];
  /** Created before the previous KPI period ended (for last period's coverage). */
  existedBefore: boolean;
  /** The deal's random-stream keys (32-bit hashes of its id). */
  streamA: number;
  streamB: number;
};

/** What the simulation needs of a deal in one slot; null = nothing in the slot (closed, omitted, gone). */
export type TSlotDeal = { amountMinor: number; probability: number; month: string; streamA: number; streamB: number };
export type TSlotChange = { slot: number; deal: TSlotDeal | null };

/**
 * Every open deal of an organization, each in a fixed slot (its index in
 * the simulation's arrays), and the pipeline cells summed from them. A
 * change replaces one deal: its old amounts leave its cell, the new ones
 * enter, and the simulation learns which slot changed. The cells are the
 * same whatever order deals arrive or change in (integer sums).
 */
export type TOpenDealBook = { deals: Map<string, TOpenDealRow & { slot: number }>; cells: Map<string, TOpenCell>; slots: number; free: number[] };

export function createDealBook(rows: readonly TOpenDealRow[]): TOpenDealBook {
  const book: TOpenDealBook = { deals: new Map(), cells: new Map(), slots: 0, free: [] };
  for (const row of rows) setDeal(book, row.id, row);
  return book;
}

/** Replaces deal `id` by `row` (null: it left the open pipeline). Returns the simulation slot change, or null when the simulation is unaffected. */
export function setDeal(book: TOpenDealBook, id: string, row: TOpenDealRow | null): TSlotChange | null {
  const old = book.deals.get(id);
  if (old) addToCell(book, old, -1);
  if (!row) {
    if (!old) return null;
    book.deals.delete(id);
    book.free.push(old.slot);
    return simulated(old) ? { slot: old.slot, deal: null } : null;
  }
  const slot = old ? old.slot : (book.free.pop() ?? book.slots++);
  const next = { ...row, slot };
  book.deals.set(id, next);
  addToCell(book, next, 1);
  if (!simulated(next)) return old && simulated(old) ? { slot, deal: null } : null;
  return { slot, deal: slotDeal(next) };
}

/** The open pipeline cells, in a fixed order (so snapshots do not depend on the order of changes). */
export function openCellsOf(book: TOpenDealBook): TOpenCell[] {
  return [...book.cells.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, c]) => c);
}

/** The simulation's deals by slot (null for empty slots and omitted deals). */
export function slotDeals(book: TOpenDealBook): (TSlotDeal | null)[] {
  const out: (TSlotDeal | null)[] = new Array(book.slots).fill(null);
  for (const d of book.deals.values()) if (simulated(d)) out[d.slot] = slotDeal(d);
  return out;
}

/** Deals the simulation draws: open and not omitted. */
const simulated = (d: TOpenDealRow) => d.category !== 'omitted';
const slotDeal = (d: TOpenDealRow): TSlotDeal => ({ amountMinor: d.amountMinor, probability: d.probability, month: d.month, streamA: d.streamA, streamB: d.streamB });

/** Weighted amount rounded half-up per deal, as in SQL: (amount × probability + 50) / 100 (amounts ≥ 0, below 2^53 / 100). */
const weightedOf = (d: TOpenDealRow) => Math.floor((d.amountMinor * d.probability + 50) / 100);

function addToCell(book: TOpenDealBook, d: TOpenDealRow, sign: 1 | -1) {
  const key = [d.month, d.ownerId, d.teamId ?? '', d.pipelineId, d.category, d.existedBefore ? 1 : 0].join('|');
  let cell = book.cells.get(key);
  if (!cell) {
    cell = { month: d.month, ownerId: d.ownerId, teamId: d.teamId, pipelineId: d.pipelineId, category: d.category, existedBefore: d.existedBefore, deals: 0, amountMinor: 0, weightedMinor: 0 };
    book.cells.set(key, cell);
  }
  cell.deals += sign;
  cell.amountMinor += sign * d.amountMinor;
  cell.weightedMinor += sign * weightedOf(d);
  if (cell.deals === 0) book.cells.delete(key);
}
