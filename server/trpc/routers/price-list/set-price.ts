import { ZSetPriceInputSchema } from '~/domain/schemas/catalog';
import { setPrice as setPriceService } from '~/server/services/price-list/set-price';
import { managerProcedure } from '../../init';

/** Sets a product's price on a list (managers and admins). */
export const setPrice = managerProcedure
  .input(ZSetPriceInputSchema)
  .mutation(({ ctx, input }) => setPriceService(ctx.db, ctx.viewer.organizationId, input));
