import { ZQuoteDecisionInputSchema } from '~/domain/schemas/quote';
import { decideApproval as decideApprovalService } from '~/server/services/quote/decide-approval';
import { managerProcedure } from '../../init';

/** Approves or rejects (with a reason) a pending discount; managers and admins only. */
export const decideApproval = managerProcedure
  .input(ZQuoteDecisionInputSchema)
  .mutation(({ ctx, input }) => decideApprovalService(ctx.db, { ...ctx.viewer, name: ctx.session.user.name }, input, ctx.publish));
