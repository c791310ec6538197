import { z } from 'zod';
import { ZIdSchema } from '~/domain/schemas/customer';
import { getCustomer360 as getCustomer360Service } from '~/server/services/customer/get-customer-360';
import { orgProcedure } from '../../init';

/** The 360° view: master data, open deals, quotes, orders, invoices and activity. */
export const getCustomer360 = orgProcedure
  .input(z.object({ id: ZIdSchema }).strict())
  .query(({ ctx, input }) => getCustomer360Service(ctx.db, ctx.viewer.organizationId, input.id));
