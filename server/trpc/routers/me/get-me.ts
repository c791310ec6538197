import { getMe as getMeService } from '~/server/services/organization/get-me';
import { orgProcedure } from '../../init';

/** The signed-in user, role, active organization and memberships. */
export const getMe = orgProcedure.query(({ ctx }) => getMeService(ctx.db, ctx.viewer));
