import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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

/** Named price lists (e.g. "Distribuidores 2026"); a customer may be assigned one. */
export const priceLists = pgTable(
  'price_lists',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    name: text().notNull(),
    currency: currencyColumn(),
    /** The list used when a customer has none. At most one per organization. */
    isDefault: boolean().notNull().default(false),
    validFrom: date({ mode: 'string' }),
    validTo: date({ mode: 'string' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex().on(t.organizationId, t.name),
    uniqueIndex('price_lists_one_default_per_organization').on(t.organizationId).where(sql`${t.isDefault}`),
  ],
);

/** A product's price on one list (minor units of the list's currency). */
export const priceListItems = pgTable(
  'price_list_items',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    priceListId: uuid()
      .notNull()
      .references(() => priceLists.id, { onDelete: 'cascade' }),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    unitPriceMinor: moneyColumn(),
  },
  (t) => [uniqueIndex().on(t.priceListId, t.productId)],
);
