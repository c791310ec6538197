import { recomputeForecast } from '~/server/services/forecast/recompute-forecast';
import { managerProcedure } from '../../init';

/** Recomputes the organization's forecast now (managers and admins); everyone viewing gets forecast:updated. */
export const recompute = managerProcedure.mutation(({ ctx }) => recomputeForecast(ctx.db, ctx.viewer.organizationId));
