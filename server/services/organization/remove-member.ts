import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { members, teamMembers } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TViewer } from '../viewer';

/**
 * Removes a member (and their team memberships) from the viewer's
 * organization. The last admin cannot be removed. Returns the removed user's
 * id so the caller can announce the change (live connections close at once).
 */
export async function removeMember(db: Db, viewer: TViewer, memberId: string): Promise<{ memberId: string; userId: string }> {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ userId: members.userId, role: members.role })
      .from(members)
      .where(and(eq(members.id, memberId), eq(members.organizationId, viewer.organizationId)))
      .for('update');
    if (!target) throw new AppError('NOT_FOUND', { message: 'Member not found in this organization.' });
    if (target.role === 'admin') {
      const [{ admins } = { admins: 0 }] = await tx
        .select({ admins: sql<number>`count(*)::int` })
        .from(members)
        .where(and(eq(members.organizationId, viewer.organizationId), eq(members.role, 'admin')));
      if (admins <= 1) throw new AppError('CONFLICT', { message: 'The organization needs at least one admin.' });
    }
    await tx.delete(teamMembers).where(and(eq(teamMembers.organizationId, viewer.organizationId), eq(teamMembers.userId, target.userId)));
    await tx.delete(members).where(eq(members.id, memberId));
    return { memberId, userId: target.userId };
  });
}
