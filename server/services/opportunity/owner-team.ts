import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { members, teamMembers, teams } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { canEdit, type TRole } from '~/domain/roles';

/**
 * Checks that a new owner may own deals (a member of the organization who is
 * not a viewer) and returns the team the deal belongs to afterwards: the
 * current team when the new owner is in it, otherwise the new owner's first
 * team (by position), or null when they are in none. Deals follow their
 * owner's team so team filters and reports stay right.
 */
export async function ownerTeam(db: DbOrTx, organizationId: string, ownerId: string, currentTeamId: string | null): Promise<string | null> {
  const [member] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, organizationId), eq(members.userId, ownerId)));
  if (!member || !canEdit(member.role as TRole)) {
    throw new AppError('INVALID_INPUT', { message: 'The owner must be a member of this organization who can edit deals (not a viewer).' });
  }
  const rows = await db
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.organizationId, organizationId), eq(teamMembers.userId, ownerId)))
    .orderBy(asc(teams.position), asc(teams.name));
  if (currentTeamId && rows.some((r) => r.teamId === currentTeamId)) return currentTeamId;
  return rows[0]?.teamId ?? null;
}
