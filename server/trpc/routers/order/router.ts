import type { TRPCRouterRecord } from '@trpc/server';
import { cancelOrder } from './cancel-order';
import { changeOrderStatus } from './change-order-status';
import { deliverOrder } from './deliver-order';
import { getOrder } from './get-order';
import { listOrders } from './list-orders';

export const orderRouter = {
  list: listOrders,
  get: getOrder,
  changeStatus: changeOrderStatus,
  deliver: deliverOrder,
  cancel: cancelOrder,
} satisfies TRPCRouterRecord;
