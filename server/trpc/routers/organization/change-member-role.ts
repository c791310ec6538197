import { ZMemberRoleChangeSchema } from '~/domain/schemas/organization';
import { announceAccessChange } from '~/server/auth/access-events';
import { changeMemberRole as changeMemberRoleService } from '~/server/services/organization/change-member-role';
import { adminProcedure } from '../../init';

/** Sets a member's role (admins); the last admin cannot be demoted. Their open connections see the new role at once. */
export const changeMemberRole = adminProcedure.input(ZMemberRoleChangeSchema).mutation(async ({ ctx, input }) => {
  const changed = await changeMemberRoleService(ctx.db, ctx.viewer, input.memberId, input.role);
  announceAccessChange({ kind: 'role', userId: changed.userId, organizationId: ctx.viewer.organizationId });
  return { memberId: changed.memberId, role: changed.role };
});
