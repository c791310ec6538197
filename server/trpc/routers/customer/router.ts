import type { TRPCRouterRecord } from '@trpc/server';
import { getCustomer } from './get-customer';
import { listCustomers } from './list-customers';
import { updateCustomer } from './update-customer';

export const customerRouter = {
  list: listCustomers,
  get: getCustomer,
  update: updateCustomer,
} satisfies TRPCRouterRecord;
