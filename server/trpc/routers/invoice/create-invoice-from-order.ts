import { ZInvoiceCreateFromOrderInputSchema } from '~/domain/schemas/invoice';
import { createInvoiceFromOrder as createInvoiceFromOrderService } from '~/server/services/invoice/create-invoice-from-order';
import { editorProcedure } from '../../init';

/** A draft invoice for an order: everything still to invoice, or the given quantities per line. */
export const createInvoiceFromOrder = editorProcedure
  .input(ZInvoiceCreateFromOrderInputSchema)
  .mutation(({ ctx, input }) => createInvoiceFromOrderService(ctx.db, ctx.viewer, input, ctx.publish));
