import { ZQuoteActionInputSchema } from '~/domain/schemas/quote';
import { setQuoteStatus } from '~/server/services/quote/set-quote-status';
import { editorProcedure } from '../../init';

/** Records the customer’s acceptance of a sent quote (no order, no win: see acceptAndWin). */
export const acceptQuote = editorProcedure
  .input(ZQuoteActionInputSchema)
  .mutation(({ ctx, input }) => setQuoteStatus(ctx.db, ctx.viewer, input, 'accepted', ctx.publish));
