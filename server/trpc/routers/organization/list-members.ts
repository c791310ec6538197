import { listMembers as listMembersService } from '~/server/services/organization/list-members';
import { orgProcedure } from '../../init';

/** Everyone in the organization with role and teams. */
export const listMembers = orgProcedure.query(({ ctx }) => listMembersService(ctx.db, ctx.viewer.organizationId));
