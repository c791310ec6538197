import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { notifications } from '~/db/schema';
import type { TPublish } from '~/server/trpc/context';

/** Socket event delivered to each recipient's private room. */
export const NOTIFICATION_EVENT = 'notification:new';

export type TNotificationKind = (typeof notifications.$inferInsert)['kind'];
export type TNotificationRow = typeof notifications.$inferSelect;

export type TNotifyInput = {
  organizationId: string;
  userIds: readonly string[];
  kind: TNotificationKind;
  /** Message parameters (names, numbers, amounts); the UI renders the text per language. */
  data: Record<string, unknown>;
  /** App path to open, e.g. `/quotes/<id>`. */
  link: string | null;
  /** Who caused it; never notified of their own action. Null for system detections. */
  actorId: string | null;
  /** Same key for the same fact (e.g. `invoice-overdue:<id>`): a recipient gets it once. */
  dedupeKey?: string;
};

/**
 * Stores one notification per recipient (inside the caller's transaction)
 * and returns a function that pushes them live; call that after the commit,
 * so nobody is told about something that was rolled back.
 */
export async function notify(tx: DbOrTx, input: TNotifyInput): Promise<(publish: TPublish) => void> {
  let userIds = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
  if (input.dedupeKey && userIds.length) {
    const seen = await tx
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.organizationId, input.organizationId), eq(notifications.dedupeKey, input.dedupeKey), inArray(notifications.userId, userIds)));
    const already = new Set(seen.map((row) => row.userId));
    userIds = userIds.filter((id) => !already.has(id));
  }
  if (!userIds.length) return () => {};
  const rows = await tx
    .insert(notifications)
    .values(userIds.map((userId) => ({ organizationId: input.organizationId, userId, kind: input.kind, data: input.data, link: input.link, actorId: input.actorId, dedupeKey: input.dedupeKey })))
    .returning();
  return (publish) => {
    for (const row of rows) publish(input.organizationId, NOTIFICATION_EVENT, row, [row.userId]);
  };
}
