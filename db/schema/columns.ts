import { bigint, char, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';

/** Shared column builders for business tables. */
export const idColumn = () => uuid().primaryKey().defaultRandom();

/** Every business row belongs to exactly one organization. */
export const organizationIdColumn = () =>
  text()
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

/** Money in integer minor units (cents); never a float. Safe up to 2^53 minor units. */
export const moneyColumn = () => bigint({ mode: 'number' }).notNull().default(0);

export const currencyColumn = () => char({ length: 3 }).notNull();

export const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
