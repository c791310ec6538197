import type * as s from '~/db/schema';
import { createRandom } from '~/domain/random';
import { addDays, addMonths } from './calendar';
import { demoEmail, demoOrganization, demoPeople, demoTeams } from './data/people';
import type { TSeedPerson } from './types';

/** Random stream for identities; separate so other changes never shift ids. */
const SEED = 'dealflow-demo:organization';

export type TSeedOrganization = {
  organization: typeof s.organizations.$inferInsert;
  users: (typeof s.users.$inferInsert)[];
  accounts: (typeof s.accounts.$inferInsert)[];
  members: (typeof s.members.$inferInsert)[];
  teams: (typeof s.teams.$inferInsert)[];
  teamMembers: (typeof s.teamMembers.$inferInsert)[];
  people: TSeedPerson[];
  reps: TSeedPerson[];
  manager: TSeedPerson;
};

/**
 * The organization (created 30 months before the anchor), its users with
 * credential accounts sharing `passwordHash`, memberships and the two teams
 * led by the sales manager.
 */
export function buildOrganization(anchor: Date, passwordHash: string): TSeedOrganization {
  const random = createRandom(SEED);
  const organizationId = random.uuid();
  const createdAt = addDays(addMonths(anchor, -30), 2);
  const teams = demoTeams.map((team, position) => ({ id: random.uuid(), organizationId, name: team.name, position, createdAt, key: team.key }));
  const people: TSeedPerson[] = demoPeople.map((person, i) => ({
    ...person,
    id: random.uuid(),
    teamId: teams.find((t) => t.key === person.team)?.id ?? null,
    startedAt: person.startMonthsAgo
      ? addDays(addMonths(anchor, -person.startMonthsAgo), 3 + i)
      : new Date(createdAt.getTime() + i * 3_600_000),
  }));
  const manager = people.find((p) => p.role === 'manager')!;
  return {
    organization: { id: organizationId, ...demoOrganization, createdAt },
    users: people.map((p) => ({
      id: p.id,
      name: p.name,
      email: demoEmail(p.key),
      emailVerified: true,
      createdAt: p.startedAt,
      updatedAt: p.startedAt,
    })),
    accounts: people.map((p) => ({
      id: random.uuid(),
      accountId: p.id,
      providerId: 'credential',
      userId: p.id,
      password: passwordHash,
      createdAt: p.startedAt,
      updatedAt: p.startedAt,
    })),
    members: people.map((p) => ({ id: random.uuid(), organizationId, userId: p.id, role: p.role, createdAt: p.startedAt })),
    teams: teams.map(({ key: _key, ...team }) => team),
    teamMembers: [
      ...teams.map((t) => ({ organizationId, teamId: t.id, userId: manager.id, role: 'lead' as const })),
      ...people.filter((p) => p.teamId).map((p) => ({ organizationId, teamId: p.teamId!, userId: p.id, role: 'member' as const })),
    ],
    people,
    reps: people.filter((p) => p.role === 'rep'),
    manager,
  };
}
