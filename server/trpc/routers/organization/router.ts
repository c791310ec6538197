import type { TRPCRouterRecord } from '@trpc/server';
import { changeMemberRole } from './change-member-role';
import { getOrganization } from './get-organization';
import { listMembers } from './list-members';
import { listTeams } from './list-teams';
import { removeMember } from './remove-member';
import { updateOrganization } from './update-organization';

export const organizationRouter = {
  get: getOrganization,
  update: updateOrganization,
  members: listMembers,
  teams: listTeams,
  changeRole: changeMemberRole,
  removeMember,
} satisfies TRPCRouterRecord;
