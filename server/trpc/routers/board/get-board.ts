import { z } from 'zod';
import { ZBoardKeySchema } from '~/domain/schemas/board';
import { getBoard as getBoardService } from '~/server/services/board/get-board';
import { orgProcedure } from '../../init';

/** A board snapshot: open cards, columns' definitions and the board sequence. */
export const getBoard = orgProcedure
  .input(z.object({ board: ZBoardKeySchema }).strict())
  .query(({ ctx, input }) => getBoardService(ctx.db, ctx.viewer.organizationId, input.board));
