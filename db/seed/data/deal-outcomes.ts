/** Why deals are lost (Spanish, as reps type them), with relative frequency. */
export const lostReasons: readonly (readonly [string, number])[] = [
  ['Precio', 30],
  ['Eligió a la competencia', 25],
  ['Sin presupuesto', 15],
  ['Sin respuesta', 12],
  ['Proyecto cancelado', 10],
  ['Plazo de entrega', 5],
  ['Requisitos técnicos no cubiertos', 3],
];

/** Where new-business deals come from; upsells and renewals are "Cliente existente". */
export const newBusinessSources: readonly (readonly [string, number])[] = [
  ['Web', 25],
  ['Recomendación', 20],
  ['Feria industrial', 18],
  ['Prospección', 17],
  ['Partner', 12],
  ['LinkedIn', 8],
];
export const EXISTING_CUSTOMER_SOURCE = 'Cliente existente';

/** Share of deals per type, and base win rate before rep and size effects. */
export const dealTypes = [
  { type: 'new_business', share: 0.6, winRate: 0.16, cycleMedianDays: 55 },
  { type: 'upsell', share: 0.22, winRate: 0.335, cycleMedianDays: 38 },
  { type: 'renewal', share: 0.18, winRate: 0.66, cycleMedianDays: 30 },
] as const;

/**
 * Relative closing volume per calendar month (Jan…Dec): a June push, the
 * August holiday dip and a strong Q4 with the December budget close.
 */
export const monthSeasonality = [0.8, 0.9, 1.1, 0.95, 1.0, 1.3, 0.9, 0.45, 0.95, 1.05, 1.15, 1.4] as const;
