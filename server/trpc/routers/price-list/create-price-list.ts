import { ZPriceListCreateInputSchema } from '~/domain/schemas/catalog';
import { savePriceList } from '~/server/services/price-list/save-price-list';
import { managerProcedure } from '../../init';

/** Creates a price list (managers and admins); making it default clears the other default. */
export const createPriceList = managerProcedure
  .input(ZPriceListCreateInputSchema)
  .mutation(({ ctx, input }) => savePriceList(ctx.db, ctx.viewer.organizationId, null, input));
