import { ZInvoicingBoardInputSchema } from '~/domain/schemas/invoicing';
import { getInvoicingBoard } from '~/server/services/invoicing/get-invoicing-board';
import { orgProcedure } from '../../init';

/**
 * The invoicing progress board (any member): months of the period, per-lane
 * aggregates and, for the individual view, the first cards of each cell.
 */
export const getBoard = orgProcedure
  .input(ZInvoicingBoardInputSchema)
  .query(({ ctx, input }) => getInvoicingBoard(ctx.db, ctx.viewer.organizationId, input));
