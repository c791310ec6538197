import { ZQuoteActionInputSchema } from '~/domain/schemas/quote';
import { setQuoteStatus } from '~/server/services/quote/set-quote-status';
import { editorProcedure } from '../../init';

/** Records that the customer turned a sent quote down. */
export const rejectQuote = editorProcedure
  .input(ZQuoteActionInputSchema)
  .mutation(({ ctx, input }) => setQuoteStatus(ctx.db, ctx.viewer, input, 'rejected', ctx.publish));
