import { date, index, integer, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { currencyColumn, idColumn, moneyColumn, organizationIdColumn, timestamps } from './columns';
import { customers } from './customers';
import { opportunities } from './opportunities';
import { products } from './products';

/**
 * The document chain: quote -> order -> invoice. Totals are integer minor
 * units, rounded per line (see domain/money). Numbers are per type and year,
 * e.g. Q-2026-0001.
 */
export const quoteStatusEnum = pgEnum('quote_status', ['draft', 'sent', 'accepted', 'rejected', 'expired']);
export const orderStatusEnum = pgEnum('order_status', [
  'entered',
  'confirmed',
  'partially_delivered',
  'delivered',
  'invoiced',
  'cancelled',
]);
export const approvalStatusEnum = pgEnum('approval_status', ['not_required', 'pending', 'approved', 'rejected']);
export const documentTypeEnum = pgEnum('document_type', ['quote', 'order', 'invoice']);
export const invoiceStatusEnum = pgEnum('invoice_status', ['draft', 'authorized', 'paid', 'cancelled']);

const documentTotals = () => ({
  currency: currencyColumn(),
  netMinor: moneyColumn(),
  taxMinor: moneyColumn(),
  grossMinor: moneyColumn(),
});

/** Line columns shared by quote, order and invoice lines. */
const lineColumns = () => ({
  id: idColumn(),
  organizationId: organizationIdColumn(),
  position: integer().notNull(),
  productId: uuid().references(() => products.id, { onDelete: 'set null' }),
  description: text().notNull(),
  /** Quantity with up to 3 decimals, kept as an exact decimal string. */
  quantity: numeric({ precision: 14, scale: 3 }).notNull(),
  unitPriceMinor: moneyColumn(),
  /** Line discount in basis points. */
  discountBps: integer().notNull().default(0),
  taxRateBps: integer().notNull().default(0),
  netMinor: moneyColumn(),
  taxMinor: moneyColumn(),
  grossMinor: moneyColumn(),
});

export const quotes = pgTable(
  'quotes',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    number: text().notNull(),
    opportunityId: uuid().references(() => opportunities.id, { onDelete: 'set null' }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    ownerId: text().references(() => users.id, { onDelete: 'set null' }),
    status: quoteStatusEnum().notNull().default('draft'),
    issueDate: date({ mode: 'string' }).notNull(),
    validUntil: date({ mode: 'string' }),
    notes: text(),
    /** Discount approval (see organizations.discountApprovalThresholdBps). */
    approvalStatus: approvalStatusEnum().notNull().default('not_required'),
    approvalDecidedBy: text().references(() => users.id, { onDelete: 'set null' }),
    approvalDecidedAt: timestamp({ withTimezone: true }),
    approvalNote: text(),
    sentAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    ...documentTotals(),
    ...timestamps(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.number), index().on(t.organizationId, t.opportunityId)],
);

export const quoteLines = pgTable(
  'quote_lines',
  {
    ...lineColumns(),
    quoteId: uuid()
      .notNull()
      .references(() => quotes.id, { onDelete: 'cascade' }),
  },
  (t) => [index().on(t.quoteId)],
);

export const orders = pgTable(
  'orders',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    number: text().notNull(),
    quoteId: uuid().references(() => quotes.id, { onDelete: 'set null' }),
    opportunityId: uuid().references(() => opportunities.id, { onDelete: 'set null' }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    status: orderStatusEnum().notNull().default('entered'),
    orderDate: date({ mode: 'string' }).notNull(),
    promisedDate: date({ mode: 'string' }),
    deliveredAt: timestamp({ withTimezone: true }),
    ownerId: text().references(() => users.id, { onDelete: 'set null' }),
    version: integer().notNull().default(1),
    ...documentTotals(),
    ...timestamps(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.number), index().on(t.organizationId, t.orderDate)],
);

export const orderLines = pgTable(
  'order_lines',
  {
    ...lineColumns(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    quoteLineId: uuid().references(() => quoteLines.id, { onDelete: 'set null' }),
    /** Quantity delivered so far. */
    deliveredQuantity: numeric({ precision: 14, scale: 3 }).notNull().default('0'),
  },
  (t) => [index().on(t.orderId)],
);

/** Who changed an order's state, and when. */
export const orderStatusChanges = pgTable(
  'order_status_changes',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    fromStatus: orderStatusEnum(),
    toStatus: orderStatusEnum().notNull(),
    actorId: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.orderId)],
);

export const invoices = pgTable(
  'invoices',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    number: text().notNull(),
    orderId: uuid().references(() => orders.id, { onDelete: 'set null' }),
    customerId: uuid()
      .notNull()
      .references(() => customers.id),
    status: invoiceStatusEnum().notNull().default('draft'),
    issueDate: date({ mode: 'string' }).notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    paidAt: timestamp({ withTimezone: true }),
    authorizedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    ...documentTotals(),
    ...timestamps(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.number), index().on(t.organizationId, t.issueDate)],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    ...lineColumns(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    orderLineId: uuid().references(() => orderLines.id, { onDelete: 'set null' }),
  },
  (t) => [index().on(t.invoiceId)],
);

/**
 * The last number handed out per organization, document type and year.
 * Taken with an UPSERT inside the creating transaction, so the row lock
 * serializes concurrent creations and a rollback returns the number: no gaps,
 * no duplicates.
 */
export const documentCounters = pgTable(
  'document_counters',
  {
    organizationId: organizationIdColumn(),
    documentType: documentTypeEnum().notNull(),
    year: integer().notNull(),
    lastNumber: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.documentType, t.year] })],
);
