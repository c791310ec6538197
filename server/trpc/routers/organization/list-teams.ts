import { listTeams as listTeamsService } from '~/server/services/organization/list-teams';
import { orgProcedure } from '../../init';

/** The organization's sales teams. */
export const listTeams = orgProcedure.query(({ ctx }) => listTeamsService(ctx.db, ctx.viewer.organizationId));
