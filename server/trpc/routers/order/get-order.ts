import { ZOrderGetInputSchema } from '~/domain/schemas/order';
import { getOrder as getOrderService } from '~/server/services/order/get-order';
import { orgProcedure } from '../../init';

/** One order with lines, status history, invoices and the next possible states. */
export const getOrder = orgProcedure
  .input(ZOrderGetInputSchema)
  .query(({ ctx, input }) => getOrderService(ctx.db, ctx.viewer.organizationId, input.id));
