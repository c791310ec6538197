import { generateKeyBetween } from 'fractional-indexing';

/**
 * Order within a column uses fractional-indexing keys, compared bytewise
 * (COLLATE "C" in SQL, plain `<` in JS). A key between two neighbours never
 * requires renumbering other cards.
 */
export function rankBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** Bytewise comparison matching `ORDER BY rank COLLATE "C"`; ties broken by id. */
export function compareRanks(a: { rank: string; id: string }, b: { rank: string; id: string }): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Shape of a valid key: base-62 digits, as produced by fractional-indexing. */
export const RANK_PATTERN = /^[a-zA-Z][0-9a-zA-Z]*$/;
