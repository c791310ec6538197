import { ZQuoteListInputSchema } from '~/domain/schemas/quote';
import { listQuotes as listQuotesService } from '~/server/services/quote/list-quotes';
import { orgProcedure } from '../../init';

/** A page of quotes with status, owner, customer, opportunity and text filters. */
export const listQuotes = orgProcedure
  .input(ZQuoteListInputSchema)
  .query(({ ctx, input }) => listQuotesService(ctx.db, ctx.viewer.organizationId, input));
