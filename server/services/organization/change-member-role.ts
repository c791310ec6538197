import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { members } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TRole } from '~/domain/roles';
import type { TViewer } from '../viewer';

/**
 * Changes a member's role inside the viewer's organization. The last admin
 * cannot be demoted, so an organization is never left without one.
 */
export async function changeMemberRole(db: Db, viewer: TViewer, memberId: string, role: TRole) {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: members.id, role: members.role, userId: members.userId })
      .from(members)
      .where(and(eq(members.id, memberId), eq(members.organizationId, viewer.organizationId)))
      .for('update');
    if (!target) throw new AppError('NOT_FOUND', { message: 'Member not found in this organization.' });
    if (target.role === 'admin' && role !== 'admin') {
      const [{ admins } = { admins: 0 }] = await tx
        .select({ admins: sql<number>`count(*)::int` })
        .from(members)
        .where(and(eq(members.organizationId, viewer.organizationId), eq(members.role, 'admin')));
      if (admins <= 1) {
        throw new AppError('CONFLICT', { message: 'The organization needs at least one admin.' });
      }
    }
    await tx.update(members).set({ role }).where(eq(members.id, memberId));
    return { memberId, role, userId: target.userId };
  });
}
