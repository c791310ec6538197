import { ZPriceListUpdateInputSchema } from '~/domain/schemas/catalog';
import { savePriceList } from '~/server/services/price-list/save-price-list';
import { managerProcedure } from '../../init';

/** Edits a price list (managers and admins). */
export const updatePriceList = managerProcedure
  .input(ZPriceListUpdateInputSchema)
  .mutation(({ ctx, input }) => savePriceList(ctx.db, ctx.viewer.organizationId, input.id, input.patch));
