import { ZCustomerUpdateInputSchema } from '~/domain/schemas/customer';
import { updateCustomer as updateCustomerService } from '~/server/services/customer/update-customer';
import { editorProcedure } from '../../init';

/** Edits a customer's master data (reps and above). */
export const updateCustomer = editorProcedure
  .input(ZCustomerUpdateInputSchema)
  .mutation(({ ctx, input }) => updateCustomerService(ctx.db, ctx.viewer.organizationId, input.id, input.patch));
