import { ZCustomerListInputSchema } from '~/domain/schemas/customer';
import { listCustomers as listCustomersService } from '~/server/services/customer/list-customers';
import { orgProcedure } from '../../init';

/** A page of customers with search and country filter. */
export const listCustomers = orgProcedure
  .input(ZCustomerListInputSchema)
  .query(({ ctx, input }) => listCustomersService(ctx.db, ctx.viewer.organizationId, input));
