import { getOrganization as getOrganizationService } from '~/server/services/organization/get-organization';
import { orgProcedure } from '../../init';

/** The active organization's settings. */
export const getOrganization = orgProcedure.query(({ ctx }) =>
  getOrganizationService(ctx.db, ctx.viewer.organizationId),
);
