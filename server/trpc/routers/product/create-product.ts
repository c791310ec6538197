import { ZProductCreateInputSchema } from '~/domain/schemas/catalog';
import { createProduct as createProductService } from '~/server/services/product/create-product';
import { managerProcedure } from '../../init';

/** Adds a catalogue item (managers and admins); duplicate SKUs answer CONFLICT. */
export const createProduct = managerProcedure
  .input(ZProductCreateInputSchema)
  .mutation(({ ctx, input }) => createProductService(ctx.db, ctx.viewer.organizationId, input));
