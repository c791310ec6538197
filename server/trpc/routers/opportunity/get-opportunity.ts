import { ZOpportunityGetInputSchema } from '~/domain/schemas/opportunity';
import { getOpportunity as getOpportunityService } from '~/server/services/opportunity/get-opportunity';
import { orgProcedure } from '../../init';

/** One deal with its names, fields and history (any member; other organizations' ids are NOT_FOUND). */
export const getOpportunity = orgProcedure
  .input(ZOpportunityGetInputSchema)
  .query(({ ctx, input }) => getOpportunityService(ctx.db, ctx.viewer.organizationId, input.id));
