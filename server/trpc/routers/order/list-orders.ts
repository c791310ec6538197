import { ZOrderListInputSchema } from '~/domain/schemas/order';
import { listOrders as listOrdersService } from '~/server/services/order/list-orders';
import { orgProcedure } from '../../init';

/** A page of orders filtered by status, customer, owner, date range and text. */
export const listOrders = orgProcedure
  .input(ZOrderListInputSchema)
  .query(({ ctx, input }) => listOrdersService(ctx.db, ctx.viewer.organizationId, input));
