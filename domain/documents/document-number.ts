/** Prefix of each document type's number (Q-2026-0001, SO-2026-0001, INV-2026-0001). */
export const documentPrefix = { quote: 'Q', order: 'SO', invoice: 'INV' } as const;
export type TDocumentType = keyof typeof documentPrefix;

/** Formats the n-th document of a type in a year: `Q-2026-0001` (at least four digits). */
export function formatDocumentNumber(type: TDocumentType, year: number, n: number): string {
  return `${documentPrefix[type]}-${year}-${String(n).padStart(4, '0')}`;
}
