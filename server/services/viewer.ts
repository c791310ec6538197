import type { TRole } from '~/domain/roles';

/** Who is asking, and in which organization. Every service query filters by `organizationId`. */
export type TViewer = {
  userId: string;
  memberId: string;
  organizationId: string;
  role: TRole;
};
