import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { currencyColumn, idColumn, moneyColumn, organizationIdColumn, timestamps } from './columns';

/** Product and service catalogue. */
export const products = pgTable(
  'products',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    sku: text().notNull(),
    name: text().notNull(),
    family: text(),
    /** 'product' or 'service'. */
    kind: text().$type<'product' | 'service'>().notNull().default('product'),
    unitPriceMinor: moneyColumn(),
    currency: currencyColumn(),
    /** VAT/IVA rate in basis points (2100 = 21 %). */
    taxRateBps: integer().notNull().default(2100),
    active: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.sku), index().on(t.organizationId, t.name)],
);
