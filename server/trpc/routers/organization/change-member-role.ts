import { ZMemberRoleChangeSchema } from '~/domain/schemas/organization';
import { changeMemberRole as changeMemberRoleService } from '~/server/services/organization/change-member-role';
import { adminProcedure } from '../../init';

/** Sets a member's role (admins); the last admin cannot be demoted. */
export const changeMemberRole = adminProcedure
  .input(ZMemberRoleChangeSchema)
  .mutation(({ ctx, input }) => changeMemberRoleService(ctx.db, ctx.viewer, input.memberId, input.role));
