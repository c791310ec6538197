import { listNotifications as listNotificationsService } from '~/server/services/notification/list-notifications';
import { orgProcedure } from '../../init';

/** The signed-in member's latest 50 notifications and their unread count (any role). */
export const listNotifications = orgProcedure.query(({ ctx }) => listNotificationsService(ctx.db, ctx.viewer));
