import { ZOpportunityUpdateInputSchema } from '~/domain/schemas/opportunity';
import { updateOpportunity as updateOpportunityService } from '~/server/services/opportunity/update-opportunity';
import { editorProcedure } from '../../init';

/**
 * Edits a deal's fields (reps and above). Version-checked: a stale version
 * answers CONFLICT with the current card; a repeated client mutation id applies once.
 */
export const updateOpportunity = editorProcedure
  .input(ZOpportunityUpdateInputSchema)
  .mutation(({ ctx, input }) =>
    updateOpportunityService(ctx.db, { ...ctx.viewer, name: ctx.session.user.name }, input, ctx.publish),
  );
