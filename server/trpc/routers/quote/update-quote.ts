import { ZQuoteUpdateInputSchema } from '~/domain/schemas/quote';
import { updateQuote as updateQuoteService } from '~/server/services/quote/update-quote';
import { editorProcedure } from '../../init';

/** Changes a draft's validity date or notes; version-checked. */
export const updateQuote = editorProcedure
  .input(ZQuoteUpdateInputSchema)
  .mutation(({ ctx, input }) => updateQuoteService(ctx.db, ctx.viewer, input, ctx.publish));
