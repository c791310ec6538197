import { z } from 'zod';
import { ZIdSchema } from '~/domain/schemas/customer';
import { getProduct as getProductService } from '~/server/services/product/get-product';
import { orgProcedure } from '../../init';

/** One product with its price-list prices. */
export const getProduct = orgProcedure
  .input(z.object({ id: ZIdSchema }).strict())
  .query(({ ctx, input }) => getProductService(ctx.db, ctx.viewer.organizationId, input.id));
