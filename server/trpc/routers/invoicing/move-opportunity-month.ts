import { ZMoveMonthInputSchema } from '~/domain/schemas/invoicing';
import { moveOpportunityMonth as moveOpportunityMonthService } from '~/server/services/invoicing/move-opportunity-month';
import { editorProcedure } from '../../init';

/**
 * Moves a deal's expected close date to another month (reps and above).
 * Version-checked like opportunity.move: a stale version answers CONFLICT
 * with the current card; a repeated client mutation id applies once.
 */
export const moveOpportunityMonth = editorProcedure
  .input(ZMoveMonthInputSchema)
  .mutation(({ ctx, input }) =>
    moveOpportunityMonthService(ctx.db, { ...ctx.viewer, name: ctx.session.user.name }, input, ctx.publish),
  );
