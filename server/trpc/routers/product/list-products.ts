import { ZProductListInputSchema } from '~/domain/schemas/catalog';
import { listProducts as listProductsService } from '~/server/services/product/list-products';
import { orgProcedure } from '../../init';

/** The catalogue with search and family filter. */
export const listProducts = orgProcedure
  .input(ZProductListInputSchema)
  .query(({ ctx, input }) => listProductsService(ctx.db, ctx.viewer.organizationId, input));
