import { ZCatchUpInputSchema } from '~/domain/schemas/board';
import { catchUp as catchUpService } from '~/server/services/board/catch-up';
import { orgProcedure } from '../../init';

/** Cards changed after the given board sequence, or `reload: true` when too much was missed. */
export const catchUp = orgProcedure
  .input(ZCatchUpInputSchema)
  .query(({ ctx, input }) => catchUpService(ctx.db, ctx.viewer.organizationId, input.sinceSeq));
