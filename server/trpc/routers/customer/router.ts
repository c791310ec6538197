import type { TRPCRouterRecord } from '@trpc/server';
import { contactRouter } from './contact';
import { createCustomer } from './create-customer';
import { deleteCustomer } from './delete-customer';
import { getCustomer } from './get-customer';
import { getCustomer360 } from './get-customer-360';
import { listCustomers } from './list-customers';
import { updateCustomer } from './update-customer';

export const customerRouter = {
  list: listCustomers,
  get: getCustomer,
  get360: getCustomer360,
  create: createCustomer,
  update: updateCustomer,
  delete: deleteCustomer,
  contact: contactRouter,
} satisfies TRPCRouterRecord;
