import { z } from 'zod';
import { ZIdSchema } from '~/domain/schemas/customer';
import { archiveProduct as archiveProductService } from '~/server/services/product/archive-product';
import { managerProcedure } from '../../init';

/** Archives a product, or restores it with `archived: false` (managers and admins). */
export const archiveProduct = managerProcedure
  .input(z.object({ id: ZIdSchema, archived: z.boolean().default(true) }).strict())
  .mutation(({ ctx, input }) => archiveProductService(ctx.db, ctx.viewer.organizationId, input.id, input.archived));
