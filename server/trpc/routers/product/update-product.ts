import { ZProductUpdateInputSchema } from '~/domain/schemas/catalog';
import { updateProduct as updateProductService } from '~/server/services/product/update-product';
import { managerProcedure } from '../../init';

/** Edits a catalogue item (managers and admins). */
export const updateProduct = managerProcedure
  .input(ZProductUpdateInputSchema)
  .mutation(({ ctx, input }) => updateProductService(ctx.db, ctx.viewer.organizationId, input.id, input.patch));
