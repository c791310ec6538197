import { ZOrderChangeStatusInputSchema } from '~/domain/schemas/order';
import { changeOrderStatus as changeOrderStatusService } from '~/server/services/order/change-order-status';
import { editorProcedure } from '../../init';

/** Confirm, mark delivered (everything still open) or cancel; version-checked. */
export const changeOrderStatus = editorProcedure
  .input(ZOrderChangeStatusInputSchema)
  .mutation(({ ctx, input }) => changeOrderStatusService(ctx.db, ctx.viewer, input, ctx.publish));
