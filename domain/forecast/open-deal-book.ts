import type { TOpenCell } from './closed-facts';
import { monthKeyOf } from './simulation-frame';

/** One open deal in the organization's currency, as an incremental run reads it (omitted ones included: they count in the 'omitted' column). */
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

/**
 * Open deals by slot, columnar (cheap to post to a worker): probability
 * (percent) −1 marks an empty slot; month key year × 12 + month − 1;
 * `groups` holds GROUP_DIMENSIONS.length entries per slot (slot × 3 + d):
 * the indexes of the deal's owner, team and pipeline in the book's `groupKeys`.
 */
export type TDealColumns = { amountMinor: Float64Array; probability: Int16Array; monthKey: Int32Array; streamA: Int32Array; streamB: Int32Array; groups: Int32Array };

/** The breakdowns of the Monte Carlo, in the order of a slot's `groups` entries. */
export const GROUP_DIMENSIONS = ['owner', 'team', 'pipeline'] as const;
export type TGroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** Every open deal as a full run reads it: the columns, the ids, each deal's cell key (see cellKeyOf) and whether it is omitted. */
export type TPackedDeals = Omit<TDealColumns, 'groups'> & { ids: string[]; cellKeys: string[]; omitted: Uint8Array };

/** What the simulation needs of a deal in one slot; null = nothing in the slot (closed, omitted, gone). */
export type TSlotDeal = { amountMinor: number; probability: number; month: string; streamA: number; streamB: number; groups: readonly number[] };
export type TSlotChange = { slot: number; deal: TSlotDeal | null };

/** Separator inside a cell key (ASCII unit separator: not in ids). */
export const CELL_KEY_SEPARATOR = '\u001f';

/**
 * Every open deal of an organization in a fixed slot (its index in the
 * simulation's arrays), columnar because books hold 100k+ deals, and the
 * pipeline cells summed from them. A change replaces one deal: its old
 * amounts leave its cell, the new ones enter, and the simulation learns
 * which slot changed. The cells are the same whatever order deals arrive
 * or change in (integer sums).
 */
export type TOpenDealBook = {
  columns: TDealColumns;
  omitted: Uint8Array;
  /** Index into `cells` per slot, −1 for an empty slot. */
  cellOf: Int32Array;
  ids: (string | null)[];
  slotOf: Map<string, number>;
  cells: { key: string; cell: TOpenCell }[];
  cellIndex: Map<string, number>;
  /** Slots in use or freed (the simulation's array length). */
  slots: number;
  free: number[];
  /** Deals the simulation draws (not omitted). */
  simulated: number;
  /** Owner, team and pipeline groups (see groupKeyOf), in the order deals first named them; never shrinks, so indexes stay valid. */
  groupKeys: string[];
  groupIndex: Map<string, number>;
};

/** A group's key: its dimension and id ('' for deals without a team), joined by CELL_KEY_SEPARATOR. */
const groupKeyOf = (dimension: TGroupDimension, id: string | null) => `${dimension}${CELL_KEY_SEPARATOR}${id ?? ''}`;

/** The group an index of the book names: its dimension and id (null = no team). */
export function groupOf(book: Pick<TOpenDealBook, 'groupKeys'>, index: number): { groupBy: TGroupDimension; key: string | null } {
  const [groupBy, key] = book.groupKeys[index]!.split(CELL_KEY_SEPARATOR) as [TGroupDimension, string];
  return { groupBy, key: key === '' && groupBy === 'team' ? null : key };
}

/** The owner and team an open deal is filed under, or null for a deal the book does not hold. */
export function ownershipOf(book: Pick<TOpenDealBook, 'slotOf' | 'cellOf' | 'cells'>, id: string): { ownerId: string; teamId: string | null } | null {
  const slot = book.slotOf.get(id);
  const cell = slot === undefined ? -1 : book.cellOf[slot]!;
  return cell < 0 ? null : { ownerId: book.cells[cell]!.cell.ownerId, teamId: book.cells[cell]!.cell.teamId };
}

/** A book of `packed`'s deals, with none filed yet: file them with {@link fileDeals} (in chunks, if the caller wants to pause in between). */
export function createDealBook(packed: TPackedDeals): TOpenDealBook {
  const n = packed.ids.length;
  const book: TOpenDealBook = {
    columns: { amountMinor: packed.amountMinor, probability: packed.probability, monthKey: packed.monthKey, streamA: packed.streamA, streamB: packed.streamB, groups: new Int32Array(n * GROUP_DIMENSIONS.length) },
    omitted: packed.omitted,
    cellOf: new Int32Array(n).fill(-1),
    ids: packed.ids,
    slotOf: new Map(),
    cells: [],
    cellIndex: new Map(),
    slots: n,
    free: [],
    simulated: 0,
    groupKeys: [],
    groupIndex: new Map(),
  };
  return book;
}

/** Files the deals of slots [from, to) of `packed` (the columns the book was created from) into their cells. */
export function fileDeals(book: TOpenDealBook, packed: TPackedDeals, from: number, to: number): void {
  for (let slot = from; slot < Math.min(to, packed.ids.length); slot++) {
    book.slotOf.set(packed.ids[slot]!, slot);
    book.cellOf[slot] = cellFor(book, packed.cellKeys[slot]!);
    const { ownerId, teamId, pipelineId } = book.cells[book.cellOf[slot]!]!.cell;
    setGroups(book, slot, ownerId, teamId, pipelineId);
    addToCell(book, slot, 1);
    if (!packed.omitted[slot]) book.simulated++;
  }
}

/** The cell key of a deal: month, owner, team, pipeline, category, existed-before (1/0), joined by CELL_KEY_SEPARATOR. */
export const cellKeyOf = (d: Pick<TOpenDealRow, 'month' | 'ownerId' | 'teamId' | 'pipelineId' | 'category' | 'existedBefore'>) =>
  [d.month, d.ownerId, d.teamId ?? '', d.pipelineId, d.category, d.existedBefore ? '1' : '0'].join(CELL_KEY_SEPARATOR);

/** Replaces deal `id` by `row` (null: it left the open pipeline). Returns the simulation slot change, or null when the simulation is unaffected. */
export function setDeal(book: TOpenDealBook, id: string, row: TOpenDealRow | null): TSlotChange | null {
  const slot = book.slotOf.get(id);
  const wasSimulated = slot !== undefined && !book.omitted[slot];
  if (slot !== undefined) {
    addToCell(book, slot, -1);
    if (wasSimulated) book.simulated--;
  }
  if (!row) {
    if (slot === undefined) return null;
    book.slotOf.delete(id);
    book.ids[slot] = null;
    book.cellOf[slot] = -1;
    book.columns.probability[slot] = -1;
    book.free.push(slot);
    return wasSimulated ? { slot, deal: null } : null;
  }
  const at = slot ?? book.free.pop() ?? book.slots++;
  grow(book, at);
  const c = book.columns;
  c.amountMinor[at] = row.amountMinor;
  c.probability[at] = row.probability;
  c.monthKey[at] = monthKeyOf(row.month);
  c.streamA[at] = row.streamA;
  c.streamB[at] = row.streamB;
  book.omitted[at] = row.category === 'omitted' ? 1 : 0;
  book.ids[at] = id;
  book.slotOf.set(id, at);
  book.cellOf[at] = cellFor(book, cellKeyOf(row));
  const groups = setGroups(book, at, row.ownerId, row.teamId, row.pipelineId);
  addToCell(book, at, 1);
  if (row.category === 'omitted') return wasSimulated ? { slot: at, deal: null } : null;
  book.simulated++;
  return { slot: at, deal: { amountMinor: row.amountMinor, probability: row.probability, month: row.month, streamA: row.streamA, streamB: row.streamB, groups } };
}

/** The open pipeline cells with deals, in a fixed order (so snapshots do not depend on the order of changes). */
export function openCellsOf(book: TOpenDealBook): TOpenCell[] {
  return book.cells
    .filter((c) => c.cell.deals > 0)
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((c) => c.cell);
}

/** A copy of the columns for the simulation: omitted deals and empty slots marked empty (probability −1). */
export function simulationColumns(book: TOpenDealBook): TDealColumns {
  const c = book.columns;
  const n = book.slots;
  const probability = c.probability.slice(0, n);
  for (let slot = 0; slot < n; slot++) if (book.omitted[slot] || book.cellOf[slot] === -1) probability[slot] = -1;
  return { amountMinor: c.amountMinor.slice(0, n), probability, monthKey: c.monthKey.slice(0, n), streamA: c.streamA.slice(0, n), streamB: c.streamB.slice(0, n), groups: c.groups.slice(0, n * GROUP_DIMENSIONS.length) };
}

/** Files the deal in `slot` under its owner, team and pipeline groups; returns their indexes. */
function setGroups(book: TOpenDealBook, slot: number, ownerId: string, teamId: string | null, pipelineId: string): number[] {
  const indexes = [groupKeyOf('owner', ownerId), groupKeyOf('team', teamId), groupKeyOf('pipeline', pipelineId)].map((key) => {
    let index = book.groupIndex.get(key);
    if (index === undefined) {
      index = book.groupKeys.push(key) - 1;
      book.groupIndex.set(key, index);
    }
    return index;
  });
  book.columns.groups.set(indexes, slot * GROUP_DIMENSIONS.length);
  return indexes;
}

/** Weighted amount rounded half-up per deal, as in SQL: (amount × probability + 50) / 100 (amounts ≥ 0, below 2^53 / 100). */
const weightedOf = (amount: number, probability: number) => Math.floor((amount * probability + 50) / 100);

function cellFor(book: TOpenDealBook, key: string): number {
  let index = book.cellIndex.get(key);
  if (index === undefined) {
    const [month, ownerId, teamId, pipelineId, category, existed] = key.split(CELL_KEY_SEPARATOR) as [string, string, string, string, TOpenCell['category'], string];
    index = book.cells.length;
    book.cells.push({ key, cell: { month, ownerId, teamId: teamId || null, pipelineId, category, existedBefore: existed === '1', deals: 0, amountMinor: 0, weightedMinor: 0 } });
    book.cellIndex.set(key, index);
  }
  return index;
}

function addToCell(book: TOpenDealBook, slot: number, sign: 1 | -1) {
  const cell = book.cells[book.cellOf[slot]!]!.cell;
  const amount = book.columns.amountMinor[slot]!;
  cell.deals += sign;
  cell.amountMinor += sign * amount;
  cell.weightedMinor += sign * weightedOf(amount, book.columns.probability[slot]!);
}

/** Room for `slot` in every per-slot array (doubling). */
function grow(book: TOpenDealBook, slot: number) {
  const size = book.cellOf.length;
  if (slot < size) return;
  const next = Math.max(slot + 1, size * 2, 16);
  const copy = <T extends Float64Array | Int16Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T, fill = 0): T => {
    const b = make(next);
    if (fill !== 0) b.fill(fill);
    b.set(a);
    return b;
  };
  const c = book.columns;
  book.columns = {
    amountMinor: copy(c.amountMinor, (n) => new Float64Array(n)),
    probability: copy(c.probability, (n) => new Int16Array(n), -1),
    monthKey: copy(c.monthKey, (n) => new Int32Array(n)),
    streamA: copy(c.streamA, (n) => new Int32Array(n)),
    streamB: copy(c.streamB, (n) => new Int32Array(n)),
    groups: (() => {
      const b = new Int32Array(next * GROUP_DIMENSIONS.length);
      b.set(c.groups);
      return b;
    })(),
  };
  book.omitted = copy(book.omitted, (n) => new Uint8Array(n));
  book.cellOf = copy(book.cellOf, (n) => new Int32Array(n), -1);
}
