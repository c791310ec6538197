import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { currencyColumn, idColumn, moneyColumn, organizationIdColumn, timestamps } from './columns';
import { customers } from './customers';
import { teams } from './organizations';
import { pipelines, stages } from './pipelines';

export const opportunityStatusEnum = pgEnum('opportunity_status', ['open', 'won', 'lost']);
export const opportunityTypeEnum = pgEnum('opportunity_type', ['new_business', 'upsell', 'renewal']);
export const forecastCategoryEnum = pgEnum('forecast_category', [
  'pipeline',
  'best_case',
  'commit',
  'closed',
  'omitted',
]);

/** Sales opportunities (deals). */
export const opportunities = pgTable(
  'opportunities',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    title: text().notNull(),
    customerId: uuid().references(() => customers.id, { onDelete: 'set null' }),
    ownerId: text()
      .notNull()
      .references(() => users.id),
    teamId: text().references(() => teams.id, { onDelete: 'set null' }),
    pipelineId: uuid()
      .notNull()
      .references(() => pipelines.id),
    stageId: uuid()
      .notNull()
      .references(() => stages.id),
    type: opportunityTypeEnum().notNull().default('new_business'),
    source: text(),
    amountMinor: moneyColumn(),
    currency: currencyColumn(),
    /** Win probability in percent, 0–100. */
    probability: integer().notNull(),
    expectedCloseDate: date({ mode: 'string' }).notNull(),
    status: opportunityStatusEnum().notNull().default('open'),
    lostReason: text(),
    forecastCategory: forecastCategoryEnum().notNull().default('pipeline'),
    /** Fractional-index key for the order within a board column; compare with COLLATE "C". */
    rank: text().notNull(),
    /** Optimistic-concurrency version, bumped on every change. */
    version: integer().notNull().default(1),
    /** Board sequence number of the last change (see boardSequences); drives catch-up. */
    boardSeq: bigint({ mode: 'number' }).notNull().default(0),
    stageEnteredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
    /** When the customer was first engaged (imported "engage_date"). */
    engageDate: date({ mode: 'string' }),
    /** Id in the system this deal was imported from (unique per organization). */
    externalRef: text(),
    ...timestamps(),
  },
  (t) => [
    index().on(t.organizationId, t.status, t.stageId),
    index().on(t.organizationId, t.ownerId),
    index().on(t.organizationId, t.customerId),
    index().on(t.organizationId, t.expectedCloseDate),
    index().on(t.organizationId, t.boardSeq),
    // Every column the forecast reads of an open deal (db/queries/forecast/open-deals.ts): an index-only scan of ~10 % of the
    // rows instead of visiting every heap page, where open deals lie scattered among the closed ones (bench:forecast, issue 5).
    index('opportunities_open_forecast_index')
      .on(t.organizationId, t.currency, t.id, t.amountMinor, t.probability, t.expectedCloseDate, t.ownerId, t.teamId, t.pipelineId, t.forecastCategory, t.createdAt)
      .where(sql`${t.status} = 'open'`),
    uniqueIndex().on(t.organizationId, t.externalRef).where(sql`${t.externalRef} is not null`),
  ],
);

export const opportunityEventKindEnum = pgEnum('opportunity_event_kind', [
  'created',
  'moved',
  'updated',
  'won',
  'lost',
  'reopened',
  /** Moved within its column: only its place changed (nothing else, so no notification). */
  'reordered',
]);

/** Append-only history of every change to an opportunity. */
export const opportunityEvents = pgTable(
  'opportunity_events',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    actorId: text().references(() => users.id, { onDelete: 'set null' }),
    kind: opportunityEventKindEnum().notNull(),
    /** Changed fields before and after, e.g. { stageId, probability }. */
    from: jsonb().$type<Record<string, unknown>>(),
    to: jsonb().$type<Record<string, unknown>>(),
    /** Version of the opportunity after this change. */
    version: integer().notNull(),
    clientMutationId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.organizationId, t.opportunityId, t.createdAt),
    // A client mutation id is applied once per organization: retries find the first result.
    uniqueIndex().on(t.organizationId, t.clientMutationId).where(sql`${t.clientMutationId} is not null`),
  ],
);

/**
 * One monotonically increasing sequence per organization, bumped in the same
 * transaction as every board change. Clients remember the last number they
 * saw and ask for what came after it when they reconnect.
 */
export const boardSequences = pgTable('board_sequences', {
  organizationId: organizationIdColumn().primaryKey(),
  seq: bigint({ mode: 'number' }).notNull().default(0),
});
