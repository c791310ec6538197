import { ZLeadDisqualifyInputSchema } from '~/domain/schemas/lead';
import { disqualifyLead as disqualifyLeadService } from '~/server/services/lead/disqualify-lead';
import { editorProcedure } from '../../init';

/** Disqualifies a new lead; the reason is required. */
export const disqualifyLead = editorProcedure
  .input(ZLeadDisqualifyInputSchema)
  .mutation(({ ctx, input }) => disqualifyLeadService(ctx.db, ctx.viewer, input.id, input.reason));
