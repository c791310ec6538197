import { ZLeadListInputSchema } from '~/domain/schemas/lead';
import { listLeads as listLeadsService } from '~/server/services/lead/list-leads';
import { orgProcedure } from '../../init';

/** A page of leads filtered by status, owner and text, with counts per status. */
export const listLeads = orgProcedure
  .input(ZLeadListInputSchema)
  .query(({ ctx, input }) => listLeadsService(ctx.db, ctx.viewer.organizationId, input));
