import { ZQuoteActionInputSchema } from '~/domain/schemas/quote';
import { setQuoteStatus } from '~/server/services/quote/set-quote-status';
import { editorProcedure } from '../../init';

/** Marks a sent quote as expired (its validity ran out without an answer). */
export const expireQuote = editorProcedure
  .input(ZQuoteActionInputSchema)
  .mutation(({ ctx, input }) => setQuoteStatus(ctx.db, ctx.viewer, input, 'expired', ctx.publish));
