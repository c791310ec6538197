import { ZQuoteCreateInputSchema } from '~/domain/schemas/quote';
import { createQuote as createQuoteService } from '~/server/services/quote/create-quote';
import { editorProcedure } from '../../init';

/** Creates a numbered draft quote for an open opportunity (reps and above). */
export const createQuote = editorProcedure
  .input(ZQuoteCreateInputSchema)
  .mutation(({ ctx, input }) => createQuoteService(ctx.db, ctx.viewer, input, ctx.publish));
