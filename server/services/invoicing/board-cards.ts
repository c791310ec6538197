import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TInvoicingLane } from '~/domain/schemas/invoicing';
import type { TBoardScope } from './board-scope';
import { laneSource } from './lane-sources';

/** A document as a card on the invoicing board. Amount in minor units of its own currency. */
export type TInvoicingCard = {
  lane: TInvoicingLane;
  id: string;
  /** Deal title, or the order / invoice number. */
  title: string;
  customerName: string | null;
  ownerName: string | null;
  amountMinor: number;
  currency: string;
  /** Deal: open | won; order: its state; invoice: draft | pending | overdue | paid. */
  status: string;
  /** Expected close (or won) date, order date or issue date, 'YYYY-MM-DD'. */
  date: string;
  dueDate: string | null;
  probability: number | null;
  version: number;
  month: string;
};

/** Cards shown per cell before "+N more"; keeps big months fast. */
export const CARDS_PER_CELL = 6;

type TRow = Omit<TInvoicingCard, 'lane'> & { amountMinor: string | number; total?: number };

const toCard = (lane: TInvoicingLane, row: TRow): TInvoicingCard => ({
  lane,
  id: row.id,
  title: row.title,
  customerName: row.customerName,
  ownerName: row.ownerName,
  amountMinor: Number(row.amountMinor),
  currency: row.currency,
  status: row.status,
  date: row.date,
  dueDate: row.dueDate,
  probability: row.probability === null ? null : Number(row.probability),
  version: Number(row.version),
  month: row.month,
});

/** Cell order: biggest amounts first (open deals before won ones), then id for a stable order. */
const cellOrder = sql`(s.status = 'won'), s."amountMinor" desc, s.id`;

/**
 * The first CARDS_PER_CELL cards of every month of one lane, with each
 * month's total count, in one windowed query. `pin` ids come first in their
 * cell (within the cap), whatever their amount.
 */
export async function firstCards(db: DbOrTx, lane: TInvoicingLane, scope: TBoardScope, pin: readonly string[] = []) {
  const pinned = pin.length ? sql`(s.id in ${pin})` : sql`false`;
  const result = await db.execute(sql`
    select x.* from (
      select s.*, ${pinned} as pinned, row_number() over (partition by s.month order by ${pinned} desc, ${cellOrder}) as rn, count(*) over (partition by s.month)::int as total
      from (${laneSource(lane, scope, false)}) s
    ) x where x.rn <= ${CARDS_PER_CELL} or x.pinned
    order by x.month, x.rn`);
  const cells: Record<string, { cards: TInvoicingCard[]; total: number }> = {};
  for (const row of rowsOf<TRow>(result)) {
    const cell = (cells[row.month] ??= { cards: [], total: Number(row.total) });
    cell.cards.push(toCard(lane, row));
  }
  return cells;
}

/** One cell's cards from `offset` on (the "+N more" of a big month); `scope.period` is that month. */
export async function cellCards(db: DbOrTx, lane: TInvoicingLane, scope: TBoardScope, offset: number, limit: number): Promise<TInvoicingCard[]> {
  const result = await db.execute(sql`
    select s.* from (${laneSource(lane, scope, false)}) s
    order by ${cellOrder}
    offset ${offset} limit ${limit}`);
  return rowsOf<TRow>(result).map((row) => toCard(lane, row));
}
