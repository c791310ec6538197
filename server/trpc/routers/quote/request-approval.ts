import { ZQuoteActionInputSchema } from '~/domain/schemas/quote';
import { requestApproval as requestApprovalService } from '~/server/services/quote/request-approval';
import { editorProcedure } from '../../init';

/** Asks managers to approve a discount above the threshold; they are notified. */
export const requestApproval = editorProcedure
  .input(ZQuoteActionInputSchema)
  .mutation(({ ctx, input }) => requestApprovalService(ctx.db, { ...ctx.viewer, name: ctx.session.user.name }, input, ctx.publish));
