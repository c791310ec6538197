import { ZQuoteRemoveLineInputSchema } from '~/domain/schemas/quote';
import { removeQuoteLine } from '~/server/services/quote/remove-quote-line';
import { editorProcedure } from '../../init';

/** Removes one line of a draft; totals recomputed; version-checked. */
export const removeLine = editorProcedure
  .input(ZQuoteRemoveLineInputSchema)
  .mutation(({ ctx, input }) => removeQuoteLine(ctx.db, ctx.viewer, input, ctx.publish));
