import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { idColumn, organizationIdColumn } from './columns';

/**
 * In-app notifications for one user (approval waiting, deal changed by
 * someone else, order state changed, invoice overdue). Pushed live over
 * socket.io to the user's room; `readAt` is set when they mark it read.
 * `dedupeKey` makes repeated detections (e.g. "invoice X overdue") idempotent.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().$type<'approval_requested' | 'approval_decided' | 'deal_changed' | 'order_status' | 'invoice_overdue'>().notNull(),
    /** Message parameters; the UI renders the text in the reader's language. */
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** App path the notification opens, e.g. /quotes/<id>. */
    link: text(),
    actorId: text().references(() => users.id, { onDelete: 'set null' }),
    dedupeKey: text(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.organizationId, t.createdAt), index().on(t.organizationId, t.dedupeKey)],
);
