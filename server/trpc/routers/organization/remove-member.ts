import { z } from 'zod';
import { announceAccessChange } from '~/server/auth/access-events';
import { removeMember as removeMemberService } from '~/server/services/organization/remove-member';
import { adminProcedure } from '../../init';

export const ZMemberRemoveSchema = z.object({ memberId: z.string().min(1).max(64) }).strict();

/** Removes a member (admins); the last admin cannot be removed. Their open sockets and WebSockets close at once. */
export const removeMember = adminProcedure.input(ZMemberRemoveSchema).mutation(async ({ ctx, input }) => {
  const removed = await removeMemberService(ctx.db, ctx.viewer, input.memberId);
  announceAccessChange({ kind: 'removed', userId: removed.userId, organizationId: ctx.viewer.organizationId });
  return { memberId: removed.memberId };
});
