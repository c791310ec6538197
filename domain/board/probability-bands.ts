/**
 * The probability board has one column per configured band (percent, ascending,
 * e.g. 10, 25, 50, 75, 90). A card sits in the highest band not above its
 * probability; anything below the first band sits in the first column.
 * Dropping a card on a column gives it that band's probability.
 */
export function bandIndexOf(probability: number, bands: readonly number[]): number {
  let index = 0;
  for (let i = 0; i < bands.length; i++) if (probability >= bands[i]!) index = i;
  return index;
}

/** Column id of a band on the probability board, e.g. `p50`. */
export const bandColumnId = (band: number) => `p${band}`;
