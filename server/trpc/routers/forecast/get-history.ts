import { z } from 'zod';
import { listForecastHistory } from '~/server/services/forecast/list-forecast-history';
import { orgProcedure } from '../../init';

/** Past forecast runs (newest first) and the accuracy of past months. */
export const getHistory = orgProcedure
  .input(z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict().optional())
  .query(({ ctx, input }) => listForecastHistory(ctx.db, ctx.viewer.organizationId, input?.limit ?? 100));
