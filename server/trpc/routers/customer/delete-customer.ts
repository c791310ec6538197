import { z } from 'zod';
import { ZIdSchema } from '~/domain/schemas/customer';
import { deleteCustomer as deleteCustomerService } from '~/server/services/customer/delete-customer';
import { editorProcedure } from '../../init';

/** Deletes a customer and its contacts; CONFLICT while quotes, orders or invoices refer to it. */
export const deleteCustomer = editorProcedure
  .input(z.object({ id: ZIdSchema }).strict())
  .mutation(({ ctx, input }) => deleteCustomerService(ctx.db, ctx.viewer.organizationId, input.id));
