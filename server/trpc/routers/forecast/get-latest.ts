import { ZForecastFilterSchema } from '~/domain/schemas/forecast';
import { getLatestForecast } from '~/server/services/forecast/get-latest-forecast';
import { orgProcedure } from '../../init';

/** The newest forecast snapshot of the viewer's organization, optionally filtered (null before the first run). */
export const getLatest = orgProcedure
  .input(ZForecastFilterSchema.optional())
  .query(({ ctx, input }) =>
    getLatestForecast(ctx.db, ctx.viewer.organizationId, { ...input, team: input?.team === undefined ? undefined : input.team === 'none' ? null : input.team }),
  );
