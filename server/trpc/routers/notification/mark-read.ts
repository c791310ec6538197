import { ZMarkReadInputSchema } from '~/domain/schemas/notification';
import { markNotificationsRead } from '~/server/services/notification/mark-notifications-read';
import { orgProcedure } from '../../init';

/** Marks some of one's own notifications read; other people's ids are ignored. */
export const markRead = orgProcedure
  .input(ZMarkReadInputSchema)
  .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.viewer, input.ids));
