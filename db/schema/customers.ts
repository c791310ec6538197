import { bigint, char, index, integer, numeric, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { idColumn, organizationIdColumn, timestamps } from './columns';
import { priceLists } from './products';

/** Customers (accounts): the companies we sell to. */
export const customers = pgTable(
  'customers',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    legalName: text().notNull(),
    tradeName: text(),
    /** National tax id as printed (NIF/CIF, Partita IVA, RUC, RFC, EIN...). */
    taxId: text(),
    /** ISO 3166-1 alpha-2. */
    country: char({ length: 2 }).notNull(),
    addressLine: text(),
    city: text(),
    region: text(),
    postalCode: text(),
    /** WGS84 degrees. */
    latitude: numeric({ precision: 9, scale: 6, mode: 'number' }),
    longitude: numeric({ precision: 9, scale: 6, mode: 'number' }),
    sector: text(),
    email: text(),
    phone: text(),
    website: text(),
    /** Days from invoice date to due date. */
    paymentTermsDays: integer().notNull().default(30),
    /** Customer-specific discount in basis points (1250 = 12.5 %). */
    discountBps: integer().notNull().default(0),
    /** Price list used for new quote lines; null = the organization's default list, then the product price. */
    priceListId: uuid().references((): AnyPgColumn => priceLists.id, { onDelete: 'set null' }),
    /** Parent company (e.g. "subsidiary of" in imported account lists). */
    parentCustomerId: uuid(),
    yearEstablished: integer(),
    employees: integer(),
    /** Annual revenue in the customer currency's minor units, when known. */
    annualRevenueMinor: bigint({ mode: 'number' }),
    ...timestamps(),
  },
  (t) => [index().on(t.organizationId, t.legalName), index().on(t.organizationId, t.taxId)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    customerId: uuid()
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    fullName: text().notNull(),
    jobTitle: text(),
    email: text(),
    phone: text(),
    ...timestamps(),
  },
  (t) => [index().on(t.organizationId, t.customerId)],
);
