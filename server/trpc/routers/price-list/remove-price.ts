import { ZRemovePriceInputSchema } from '~/domain/schemas/catalog';
import { removePrice as removePriceService } from '~/server/services/price-list/remove-price';
import { managerProcedure } from '../../init';

/** Removes a product's price from a list (managers and admins). */
export const removePrice = managerProcedure
  .input(ZRemovePriceInputSchema)
  .mutation(({ ctx, input }) => removePriceService(ctx.db, ctx.viewer.organizationId, input));
