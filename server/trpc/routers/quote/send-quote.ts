import { ZQuoteActionInputSchema } from '~/domain/schemas/quote';
import { sendQuote as sendQuoteService } from '~/server/services/quote/send-quote';
import { editorProcedure } from '../../init';

/** Marks a draft as sent; refused while a needed approval is missing, pending or rejected. */
export const sendQuote = editorProcedure
  .input(ZQuoteActionInputSchema)
  .mutation(({ ctx, input }) => sendQuoteService(ctx.db, ctx.viewer, input, ctx.publish));
