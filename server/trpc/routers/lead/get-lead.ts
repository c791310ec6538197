import { z } from 'zod';
import { ZIdSchema } from '~/domain/schemas/customer';
import { getLead as getLeadService } from '~/server/services/lead/get-lead';
import { orgProcedure } from '../../init';

/** One lead with its links and, while new, the customers it may match. */
export const getLead = orgProcedure
  .input(z.object({ id: ZIdSchema }).strict())
  .query(({ ctx, input }) => getLeadService(ctx.db, ctx.viewer.organizationId, input.id));
