import { ZMoveInputSchema } from '~/domain/schemas/board';
import { moveOpportunity as moveOpportunityService } from '~/server/services/board/move-opportunity';
import { editorProcedure } from '../../init';

/**
 * Moves a card to another column or position (reps and above). Version-checked:
 * a stale version answers CONFLICT with the current card.
 */
export const moveOpportunity = editorProcedure
  .input(ZMoveInputSchema)
  .mutation(({ ctx, input }) =>
    moveOpportunityService(ctx.db, { ...ctx.viewer, name: ctx.session.user.name }, input, ctx.publish),
  );
