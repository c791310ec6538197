import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { idColumn, organizationIdColumn } from './columns';

/** Every CSV import attempt, with its per-row error report (kept for download). */
export const importRuns = pgTable(
  'import_runs',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    entity: text().$type<'customers' | 'products' | 'opportunities' | 'dataset'>().notNull(),
    fileName: text(),
    status: text().$type<'imported' | 'rejected'>().notNull(),
    rowCount: jsonb().$type<Record<string, number>>().notNull().default({}),
    /** [{ file, row, column, message, severity }]: the errors that refused an import, and the warnings (matched dirty values) of one that went through. */
    errors: jsonb().$type<{ file: string; row: number; column: string | null; message: string; severity?: 'error' | 'warning' }[]>().notNull().default([]),
    createdBy: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId, t.createdAt)],
);
