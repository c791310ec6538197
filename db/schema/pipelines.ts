import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, organizationIdColumn, timestamps } from './columns';

/** A sales process, e.g. "New business" or "Renewals". */
export const pipelines = pgTable(
  'pipelines',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    name: text().notNull(),
    position: integer().notNull().default(0),
    isDefault: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.name)],
);

/** Ordered open stages of a pipeline. Won and lost are statuses, not stages. */
export const stages = pgTable(
  'stages',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    pipelineId: uuid()
      .notNull()
      .references(() => pipelines.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    position: integer().notNull(),
    /** Default win probability in percent (0–100) given to deals entering the stage. */
    defaultProbability: integer().notNull(),
    /** A deal is "rotting" after this many days in the stage; null = never. */
    rottingDays: integer(),
    ...timestamps(),
  },
  (t) => [index().on(t.pipelineId, t.position), index().on(t.organizationId)],
);
