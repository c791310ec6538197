import { ZLeadQualifyInputSchema } from '~/domain/schemas/lead';
import { qualifyLead as qualifyLeadService } from '~/server/services/lead/qualify-lead';
import { editorProcedure } from '../../init';

/**
 * Qualifies a lead into customer, contact and opportunity in one transaction
 * and shows the new card on live boards. A second qualify answers CONFLICT.
 */
export const qualifyLead = editorProcedure
  .input(ZLeadQualifyInputSchema)
  .mutation(({ ctx, input }) => qualifyLeadService(ctx.db, { ...ctx.viewer, name: ctx.session.user.name }, input, ctx.publish));
