import { z } from 'zod';
import { listForecastOverrides } from '~/server/services/forecast/list-forecast-overrides';
import { orgProcedure } from '../../init';

/** Overrides with their history, newest first. */
export const listOverrides = orgProcedure
  .input(
    z
      .object({
        ownerId: z.string().min(1).max(64).optional(),
        fromMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-03').optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict()
      .optional(),
  )
  .query(({ ctx, input }) => listForecastOverrides(ctx.db, ctx.viewer.organizationId, { ownerId: input?.ownerId, fromMonth: input?.fromMonth, limit: input?.limit ?? 200 }));
