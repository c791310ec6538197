import { ZInvoiceActionInputSchema } from '~/domain/schemas/invoice';
import { cancelInvoice as cancelInvoiceService } from '~/server/services/invoice/change-invoice-status';
import { editorProcedure } from '../../init';

/** Cancels a draft or authorized invoice. Version-checked. */
export const cancelInvoice = editorProcedure
  .input(ZInvoiceActionInputSchema)
  .mutation(({ ctx, input }) => cancelInvoiceService(ctx.db, ctx.viewer, input, ctx.publish));
