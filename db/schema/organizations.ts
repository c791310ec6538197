import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, boolean, char } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * Organizations and memberships. `organizations`, `members` and `invitations`
 * follow better-auth's organization plugin; the settings columns are ours.
 */
export const organizations = pgTable('organizations', {
  id: text().primaryKey(),
  name: text().notNull(),
  slug: text().notNull().unique(),
  logo: text(),
  metadata: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** ISO 4217 code of the organization's reporting currency. */
  currency: char({ length: 3 }).notNull().default('EUR'),
  /** Default UI language for new users: 'es' or 'en'. */
  locale: text().notNull().default('es'),
  /** IANA time zone used for month boundaries in reports. */
  timeZone: text().notNull().default('Europe/Madrid'),
  /** Upper bounds (percent) of the probability board's bands, ascending. */
  probabilityBands: jsonb().$type<number[]>().notNull().default([10, 25, 50, 75, 90]),
  /** Whether moving a card to a stage also sets that stage's default probability. */
  stageSetsProbability: boolean().notNull().default(true),
  /** A quote line discount above this (basis points; 2000 = 20 %) needs a manager's approval before sending. */
  discountApprovalThresholdBps: integer().notNull().default(2000),
  /** Origins (https://host[:port]) allowed to embed meeting-mode boards in a frame; empty: none. */
  embedOrigins: jsonb().$type<string[]>().notNull().default([]),
});

/** Roles, from most to least powerful. Enforced on the server. */
export const memberRoles = ['admin', 'manager', 'rep', 'viewer'] as const;
export type TMemberRole = (typeof memberRoles)[number];

export const members = pgTable(
  'members',
  {
    id: text().primaryKey(),
    organizationId: text()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().$type<TMemberRole>().notNull().default('rep'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.userId), index().on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: text().primaryKey(),
    organizationId: text()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    role: text(),
    status: text().notNull().default('pending'),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    inviterId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [index().on(t.organizationId), index().on(t.email)],
);

export const teamRoleEnum = pgEnum('team_role', ['lead', 'member']);

/** Sales teams inside an organization (e.g. "Iberia", "Americas"). */
export const teams = pgTable(
  'teams',
  {
    id: text().primaryKey(),
    organizationId: text()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** Display order in filters and reports. */
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.organizationId, t.name)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    organizationId: text()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    teamId: text()
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: teamRoleEnum().notNull().default('member'),
  },
  (t) => [uniqueIndex().on(t.teamId, t.userId), index().on(t.organizationId, t.userId)],
);
