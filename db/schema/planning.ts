import { bigint, date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { currencyColumn, idColumn, moneyColumn, organizationIdColumn, timestamps } from './columns';

/** Sales quota per owner and calendar month (`month` is the 1st of the month). */
export const quotas = pgTable(
  'quotas',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    month: date({ mode: 'string' }).notNull(),
    amountMinor: moneyColumn(),
    currency: currencyColumn(),
    ...timestamps(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.userId, t.month)],
);

/** Read-only result of one forecasting run, kept for accuracy tracking. */
export const forecastSnapshots = pgTable(
  'forecast_snapshots',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    /** The moment the forecast describes (inputs as of this time). */
    asOf: timestamp({ withTimezone: true }).notNull(),
    /** Job parameters (horizon, seed, method...). */
    params: jsonb().$type<Record<string, unknown>>().notNull(),
    /** Computed figures; shape versioned by params.schemaVersion. */
    result: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId, t.asOf)],
);

/**
 * A manager's override of one rep's forecast for one month and category
 * (e.g. "commit for March is 120 k, not 90 k"), with a note. The newest row
 * per (owner, month, category) is in force; older rows are the history. The
 * rep's own number at the time is kept beside it.
 */
export const forecastOverrides = pgTable(
  'forecast_overrides',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    ownerId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** First day of the month. */
    month: date({ mode: 'string' }).notNull(),
    category: text().$type<'commit' | 'best_case' | 'pipeline'>().notNull(),
    amountMinor: moneyColumn(),
    /** The rep's computed number when the override was made (minor units). */
    originalMinor: bigint({ mode: 'number' }).notNull(),
    currency: currencyColumn(),
    note: text().notNull(),
    createdBy: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId, t.ownerId, t.month, t.category, t.createdAt)],
);
