import { getSummary as getSummaryService } from '~/server/services/dashboard/get-summary';
import { orgProcedure } from '../../init';

/** Headline pipeline figures for the home page. */
export const getSummary = orgProcedure.query(({ ctx }) => getSummaryService(ctx.db, ctx.viewer.organizationId));
