import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { teamMembers, teams } from '~/db/schema';

/** Teams of one organization with their member user ids. */
export async function listTeams(db: DbOrTx, organizationId: string) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      userIds: sql<string[]>`coalesce(array_agg(${teamMembers.userId}) filter (where ${teamMembers.userId} is not null), '{}')`,
    })
    .from(teams)
    .leftJoin(teamMembers, eq(teamMembers.teamId, teams.id))
    .where(eq(teams.organizationId, organizationId))
    .groupBy(teams.id)
    .orderBy(asc(teams.position), asc(teams.name));
}
