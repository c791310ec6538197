import { ZInvoicingCellInputSchema } from '~/domain/schemas/invoicing';
import { listCellCards } from '~/server/services/invoicing/list-cell-cards';
import { orgProcedure } from '../../init';

/** More cards of one lane × month cell ("+N more"), in board order. */
export const listCell = orgProcedure
  .input(ZInvoicingCellInputSchema)
  .query(({ ctx, input }) => listCellCards(ctx.db, ctx.viewer.organizationId, input));
