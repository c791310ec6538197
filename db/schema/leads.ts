import { char, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { idColumn, organizationIdColumn, timestamps } from './columns';
import { contacts, customers } from './customers';
import { opportunities } from './opportunities';

export const leadStatusEnum = pgEnum('lead_status', ['new', 'qualified', 'disqualified']);

/**
 * Unqualified interest: a person at a company. Qualifying it creates or links
 * the customer and contact and opens an opportunity; the links are kept here.
 */
export const leads = pgTable(
  'leads',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    fullName: text().notNull(),
    companyName: text().notNull(),
    email: text(),
    phone: text(),
    /** ISO 3166-1 alpha-2. */
    country: char({ length: 2 }),
    taxId: text(),
    source: text(),
    notes: text(),
    ownerId: text().references(() => users.id, { onDelete: 'set null' }),
    status: leadStatusEnum().notNull().default('new'),
    disqualifyReason: text(),
    customerId: uuid().references(() => customers.id, { onDelete: 'set null' }),
    contactId: uuid().references(() => contacts.id, { onDelete: 'set null' }),
    opportunityId: uuid().references(() => opportunities.id, { onDelete: 'set null' }),
    decidedBy: text().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index().on(t.organizationId, t.status, t.createdAt)],
);
