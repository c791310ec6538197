import { ZInvoiceListInputSchema } from '~/domain/schemas/invoice';
import { listInvoices as listInvoicesService } from '~/server/services/invoice/list-invoices';
import { orgProcedure } from '../../init';

/** A page of invoices; the status filter also takes the derived 'pending' and 'overdue'. */
export const listInvoices = orgProcedure
  .input(ZInvoiceListInputSchema)
  .query(({ ctx, input }) => listInvoicesService(ctx.db, ctx.viewer.organizationId, input));
