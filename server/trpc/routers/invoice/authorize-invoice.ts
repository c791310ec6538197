import { ZInvoiceActionInputSchema } from '~/domain/schemas/invoice';
import { authorizeInvoice as authorizeInvoiceService } from '~/server/services/invoice/change-invoice-status';
import { editorProcedure } from '../../init';

/** Authorizes (issues) a draft invoice. Version-checked. */
export const authorizeInvoice = editorProcedure
  .input(ZInvoiceActionInputSchema)
  .mutation(({ ctx, input }) => authorizeInvoiceService(ctx.db, ctx.viewer, input, ctx.publish));
