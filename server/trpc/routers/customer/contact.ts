import type { TRPCRouterRecord } from '@trpc/server';
import { ZContactAddInputSchema, ZContactRemoveInputSchema, ZContactUpdateInputSchema } from '~/domain/schemas/customer';
import { addContact } from '~/server/services/customer/add-contact';
import { removeContact } from '~/server/services/customer/remove-contact';
import { updateContact } from '~/server/services/customer/update-contact';
import { editorProcedure } from '../../init';

/** A customer's people: add, edit, remove (reps and above). */
export const contactRouter = {
  add: editorProcedure
    .input(ZContactAddInputSchema)
    .mutation(({ ctx, input }) => addContact(ctx.db, ctx.viewer.organizationId, input.customerId, input.contact)),
  update: editorProcedure
    .input(ZContactUpdateInputSchema)
    .mutation(({ ctx, input }) => updateContact(ctx.db, ctx.viewer.organizationId, input.id, input.patch)),
  remove: editorProcedure
    .input(ZContactRemoveInputSchema)
    .mutation(({ ctx, input }) => removeContact(ctx.db, ctx.viewer.organizationId, input.id)),
} satisfies TRPCRouterRecord;
