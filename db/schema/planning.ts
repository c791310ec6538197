import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
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
