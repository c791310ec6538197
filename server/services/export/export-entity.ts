import type { DbOrTx } from '~/db/client';

/** Lists that export to CSV (GET /api/export/<entity>.csv). */
export const exportEntities = ['customers', 'products', 'opportunities', 'quotes', 'orders', 'invoices', 'leads'] as const;
export type TExportEntity = (typeof exportEntities)[number];

/**
 * One exportable list: its CSV columns and a page reader. Pages come in a
 * stable order (natural key, then id) so the chunks never skip or repeat a
 * row. Cell values are strings, or null for empty; money is already a
 * decimal string (minorToDecimalString).
 */
export type TExportDefinition = {
  columns: readonly string[];
  page: (db: DbOrTx, organizationId: string, offset: number, limit: number) => Promise<Record<string, string | number | null>[]>;
};

/** ISO date of a timestamp, or null. */
export const isoDay = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
