import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { notifications } from '~/db/schema';
import type { TViewer } from '../viewer';

/**
 * Marks the viewer's own unread notifications read: the given ids, or all
 * of them when `ids` is null. Ids of other users' (or other organizations')
 * notifications are ignored, never touched. Returns how many changed.
 */
export async function markNotificationsRead(db: DbOrTx, viewer: Pick<TViewer, 'userId' | 'organizationId'>, ids: readonly string[] | null, now = new Date()) {
  if (ids && ids.length === 0) return { updated: 0 };
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, viewer.userId),
        eq(notifications.organizationId, viewer.organizationId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, [...ids]) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
