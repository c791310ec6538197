import { markNotificationsRead } from '~/server/services/notification/mark-notifications-read';
import { orgProcedure } from '../../init';

/** Marks all of one's own notifications in this organization read. */
export const markAllRead = orgProcedure.mutation(({ ctx }) => markNotificationsRead(ctx.db, ctx.viewer, null));
