import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { notifications, users } from '~/db/schema';
import type { TViewer } from '../viewer';

/** How many notifications the centre lists (newest first). */
export const NOTIFICATION_LIST_LIMIT = 50;

/**
 * The viewer's latest notifications in their active organization, newest
 * first, with the actor's name, plus how many of all of them are unread.
 */
export async function listNotifications(db: DbOrTx, viewer: Pick<TViewer, 'userId' | 'organizationId'>) {
  const mine = and(eq(notifications.userId, viewer.userId), eq(notifications.organizationId, viewer.organizationId));
  const items = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      data: notifications.data,
      link: notifications.link,
      actorName: users.name,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(mine)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATION_LIST_LIMIT);
  const [unread] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(mine, isNull(notifications.readAt)));
  return { items, unreadCount: Number(unread?.n ?? 0) };
}
