import { ZCustomerCreateInputSchema } from '~/domain/schemas/customer';
import { createCustomer as createCustomerService } from '~/server/services/customer/create-customer';
import { editorProcedure } from '../../init';

/** Creates a customer (reps and above); a tax id that fails the country's check is refused with the reason. */
export const createCustomer = editorProcedure
  .input(ZCustomerCreateInputSchema)
  .mutation(({ ctx, input }) => createCustomerService(ctx.db, ctx.viewer.organizationId, input));
