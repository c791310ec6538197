import { ZInvoiceGetInputSchema } from '~/domain/schemas/invoice';
import { getInvoice as getInvoiceService } from '~/server/services/invoice/get-invoice';
import { orgProcedure } from '../../init';

/** One invoice with lines, order, customer and derived status. */
export const getInvoice = orgProcedure
  .input(ZInvoiceGetInputSchema)
  .query(({ ctx, input }) => getInvoiceService(ctx.db, ctx.viewer.organizationId, input.id));
