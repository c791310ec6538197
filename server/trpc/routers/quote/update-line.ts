import { ZQuoteUpdateLineInputSchema } from '~/domain/schemas/quote';
import { updateQuoteLine } from '~/server/services/quote/update-quote-line';
import { editorProcedure } from '../../init';

/** Edits one line of a draft; totals recomputed; version-checked. */
export const updateLine = editorProcedure
  .input(ZQuoteUpdateLineInputSchema)
  .mutation(({ ctx, input }) => updateQuoteLine(ctx.db, ctx.viewer, input, ctx.publish));
