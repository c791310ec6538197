import { z } from 'zod';
import { ZIdSchema } from '~/domain/schemas/customer';
import { getCustomer as getCustomerService } from '~/server/services/customer/get-customer';
import { orgProcedure } from '../../init';

/** One customer with contacts. */
export const getCustomer = orgProcedure
  .input(z.object({ id: ZIdSchema }).strict())
  .query(({ ctx, input }) => getCustomerService(ctx.db, ctx.viewer.organizationId, input.id));
