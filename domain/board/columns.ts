import type { TBoardCard } from './card';
import { bandIndexOf } from './probability-bands';
import { compareRanks } from './ranks';

export type TColumnDef = { id: string; label: string; probability: number | null; rottingDays?: number | null };
/** `notSummed`: cards counted but left out of the totals, being in another currency (shown, never silently dropped). */
export type TColumnTotals = { count: number; netMinor: number; weightedMinor: number; notSummed: number };

/** Column of a card: its band on the probability board, its stage on the stage board. */
export function columnOf(card: TBoardCard, board: 'probability' | 'stage', bands: readonly number[]): string {
  return board === 'probability' ? `p${bands[bandIndexOf(card.probability, bands)]}` : card.stageId;
}

/** Cards grouped by column id, each column in rank order. */
export function groupCards(cards: Iterable<TBoardCard>, board: 'probability' | 'stage', bands: readonly number[]) {
  const groups = new Map<string, TBoardCard[]>();
  for (const card of cards) {
    const id = columnOf(card, board, bands);
    const list = groups.get(id) ?? [];
    list.push(card);
    groups.set(id, list);
  }
  for (const list of groups.values()) list.sort(compareRanks);
  return groups;
}

/**
 * Count, net total and weighted total (amount × probability, rounded per card
 * to whole minor units) of a column. Cards in other currencies than
 * `currency` are counted but not summed (`notSummed` says how many).
 */
export function columnTotals(cards: readonly TBoardCard[], currency: string): TColumnTotals {
  let netMinor = 0;
  let weightedMinor = 0;
  let notSummed = 0;
  for (const card of cards) {
    if (card.currency !== currency) {
      notSummed++;
      continue;
    }
    netMinor += card.amountMinor;
    weightedMinor += Math.round((card.amountMinor * card.probability) / 100);
  }
  return { count: cards.length, netMinor, weightedMinor, notSummed };
}

/** Whole days a card has been in its stage at `now`, and whether that passes the stage's rotting threshold. */
export function stageAge(card: TBoardCard, rottingDays: number | null | undefined, now: Date) {
  const days = Math.max(0, Math.floor((now.getTime() - new Date(card.stageEnteredAt).getTime()) / 86_400_000));
  return { days, rotting: rottingDays != null && days > rottingDays };
}
