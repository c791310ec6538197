import { ZQuoteProductOptionsInputSchema } from '~/domain/schemas/quote';
import { productOptions as productOptionsService } from '~/server/services/quote/product-options';
import { orgProcedure } from '../../init';

/** Products for a quote's line picker, priced for its customer. */
export const productOptions = orgProcedure
  .input(ZQuoteProductOptionsInputSchema)
  .query(({ ctx, input }) => productOptionsService(ctx.db, ctx.viewer.organizationId, input));
