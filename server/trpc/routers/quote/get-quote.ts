import { ZQuoteIdInputSchema } from '~/domain/schemas/quote';
import { getQuote as getQuoteService } from '~/server/services/quote/get-quote';
import { orgProcedure } from '../../init';

/** One quote with lines, customer, opportunity, orders and approval state. */
export const getQuote = orgProcedure
  .input(ZQuoteIdInputSchema)
  .query(({ ctx, input }) => getQuoteService(ctx.db, ctx.viewer.organizationId, input.id));
