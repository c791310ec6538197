/**
 * Organization roles and what each may do. The server is the only enforcer;
 * the UI uses the same functions to hide what a role cannot do.
 */
export const roles = ['admin', 'manager', 'rep', 'viewer'] as const;
export type TRole = (typeof roles)[number];

const rank: Record<TRole, number> = { viewer: 0, rep: 1, manager: 2, admin: 3 };

/** True when `role` is at least as powerful as `required`. */
export function hasRole(role: TRole, required: TRole): boolean {
  return rank[role] >= rank[required];
}

/** Reps and above may change business data; viewers only look. */
export const canEdit = (role: TRole) => hasRole(role, 'rep');

/** Managers and admins may change other people's numbers and team settings. */
export const canManage = (role: TRole) => hasRole(role, 'manager');

/** Only admins change organization settings and memberships. */
export const canAdminister = (role: TRole) => hasRole(role, 'admin');
