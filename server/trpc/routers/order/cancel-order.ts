import { ZOrderCancelInputSchema } from '~/domain/schemas/order';
import { cancelOrder as cancelOrderService } from '~/server/services/order/change-order-status';
import { editorProcedure } from '../../init';

/** Cancels an order that is neither delivered nor invoiced; version-checked. */
export const cancelOrder = editorProcedure
  .input(ZOrderCancelInputSchema)
  .mutation(({ ctx, input }) => cancelOrderService(ctx.db, ctx.viewer, input, ctx.publish));
