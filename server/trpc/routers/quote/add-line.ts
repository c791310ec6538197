import { ZQuoteAddLineInputSchema } from '~/domain/schemas/quote';
import { addQuoteLine } from '~/server/services/quote/add-quote-line';
import { editorProcedure } from '../../init';

/** Adds a product or free-text line to a draft; totals recomputed; version-checked. */
export const addLine = editorProcedure
  .input(ZQuoteAddLineInputSchema)
  .mutation(({ ctx, input }) => addQuoteLine(ctx.db, ctx.viewer, input, ctx.publish));
