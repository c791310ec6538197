import type { TRPCRouterRecord } from '@trpc/server';
import { authorizeInvoice } from './authorize-invoice';
import { cancelInvoice } from './cancel-invoice';
import { createInvoiceFromOrder } from './create-invoice-from-order';
import { getInvoice } from './get-invoice';
import { listInvoices } from './list-invoices';
import { markInvoicePaid } from './mark-invoice-paid';

export const invoiceRouter = {
  list: listInvoices,
  get: getInvoice,
  createFromOrder: createInvoiceFromOrder,
  authorize: authorizeInvoice,
  markPaid: markInvoicePaid,
  cancel: cancelInvoice,
} satisfies TRPCRouterRecord;
