import { ZSetForecastOverrideInputSchema } from '~/domain/schemas/forecast';
import { setForecastOverride } from '~/server/services/forecast/set-forecast-override';
import { managerProcedure } from '../../init';

/** A manager overrides a rep's forecast number for a month and category, with a note (managers and admins). */
export const setOverride = managerProcedure
  .input(ZSetForecastOverrideInputSchema)
  .mutation(({ ctx, input }) => setForecastOverride(ctx.db, ctx.viewer, input));
