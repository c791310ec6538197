import { ZOrderDeliverInputSchema } from '~/domain/schemas/order';
import { deliverOrder as deliverOrderService } from '~/server/services/order/deliver-order';
import { editorProcedure } from '../../init';

/** Records the quantities delivered now, per line; version-checked. */
export const deliverOrder = editorProcedure
  .input(ZOrderDeliverInputSchema)
  .mutation(({ ctx, input }) => deliverOrderService(ctx.db, ctx.viewer, input, ctx.publish));
