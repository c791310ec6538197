import { z } from 'zod';
import { ZIdSchema } from '~/domain/schemas/customer';
import { getPriceList as getPriceListService } from '~/server/services/price-list/get-price-list';
import { orgProcedure } from '../../init';

/** One price list with its prices. */
export const getPriceList = orgProcedure
  .input(z.object({ id: ZIdSchema }).strict())
  .query(({ ctx, input }) => getPriceListService(ctx.db, ctx.viewer.organizationId, input.id));
