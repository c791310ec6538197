import { ZLeadUpdateInputSchema } from '~/domain/schemas/lead';
import { updateLead as updateLeadService } from '~/server/services/lead/update-lead';
import { editorProcedure } from '../../init';

/** Edits a lead that is still new (reps and above). */
export const updateLead = editorProcedure
  .input(ZLeadUpdateInputSchema)
  .mutation(({ ctx, input }) => updateLeadService(ctx.db, ctx.viewer.organizationId, input.id, input.patch));
