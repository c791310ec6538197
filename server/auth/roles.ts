import { createAccessControl } from 'better-auth/plugins/access';
import { defaultStatements } from 'better-auth/plugins/organization/access';
import type { TMemberRole } from '~/db/schema';

/**
 * better-auth's view of our four roles. It only governs better-auth's own
 * organization endpoints (members, invitations); business permissions are
 * checked by our tRPC middleware with `canEdit`/`canManage` in domain/roles.
 */
export const accessControl = createAccessControl(defaultStatements);

const none = { organization: [], member: [], invitation: [], team: [], ac: ['read'] } as const;

export const authRoles: Record<TMemberRole, ReturnType<typeof accessControl.newRole>> = {
  admin: accessControl.newRole({
    organization: ['update'],
    member: ['create', 'update', 'delete'],
    invitation: ['create', 'cancel'],
    team: ['create', 'update', 'delete'],
    ac: ['create', 'read', 'update', 'delete'],
  }),
  manager: accessControl.newRole({ ...none, invitation: ['create', 'cancel'] }),
  rep: accessControl.newRole(none),
  viewer: accessControl.newRole(none),
};
