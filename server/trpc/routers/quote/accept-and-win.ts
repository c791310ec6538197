import { ZQuoteActionInputSchema } from '~/domain/schemas/quote';
import { acceptAndWin as acceptAndWinService } from '~/server/services/quote/accept-and-win';
import { editorProcedure } from '../../init';

/** One action: accept the quote, win its opportunity, create the order. */
export const acceptAndWin = editorProcedure
  .input(ZQuoteActionInputSchema)
  .mutation(({ ctx, input }) => acceptAndWinService(ctx.db, { ...ctx.viewer, name: ctx.session.user.name }, input, ctx.publish));
