import type { TRPCRouterRecord } from '@trpc/server';
import { listNotifications } from './list-notifications';
import { markAllRead } from './mark-all-read';
import { markRead } from './mark-read';

export const notificationRouter = { list: listNotifications, markRead, markAllRead } satisfies TRPCRouterRecord;
