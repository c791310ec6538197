import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { members, teamMembers, teams, users } from '~/db/schema';

/** Members of one organization with their role and team names. */
export async function listMembers(db: DbOrTx, organizationId: string) {
  return db
    .select({
      memberId: members.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: members.role,
      teams: sql<string[]>`coalesce(array_agg(${teams.name} order by ${teams.position}) filter (where ${teams.id} is not null), '{}')`,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(teamMembers, sql`${teamMembers.userId} = ${members.userId} and ${teamMembers.organizationId} = ${members.organizationId}`)
    .leftJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(members.organizationId, organizationId))
    .groupBy(members.id, users.id)
    .orderBy(asc(users.name));
}
