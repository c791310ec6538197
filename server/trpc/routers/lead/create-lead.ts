import { ZLeadCreateInputSchema } from '~/domain/schemas/lead';
import { createLead as createLeadService } from '~/server/services/lead/create-lead';
import { editorProcedure } from '../../init';

/** Records a lead (reps and above); without an owner it belongs to its creator. */
export const createLead = editorProcedure
  .input(ZLeadCreateInputSchema)
  .mutation(({ ctx, input }) => createLeadService(ctx.db, ctx.viewer, input));
