import { ZQuoteActionInputSchema } from '~/domain/schemas/quote';
import { convertToOrder as convertToOrderService } from '~/server/services/quote/convert-to-order';
import { editorProcedure } from '../../init';

/** Creates the order of an accepted quote, copying its lines. */
export const convertToOrder = editorProcedure
  .input(ZQuoteActionInputSchema)
  .mutation(({ ctx, input }) => convertToOrderService(ctx.db, ctx.viewer, input, ctx.publish));
