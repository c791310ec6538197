import { ZInvoiceActionInputSchema } from '~/domain/schemas/invoice';
import { markInvoicePaid as markInvoicePaidService } from '~/server/services/invoice/change-invoice-status';
import { editorProcedure } from '../../init';

/** Marks an authorized invoice paid. Version-checked. */
export const markInvoicePaid = editorProcedure
  .input(ZInvoiceActionInputSchema)
  .mutation(({ ctx, input }) => markInvoicePaidService(ctx.db, ctx.viewer, input, ctx.publish));
