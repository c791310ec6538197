import { eq } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { opportunities, orders, orderStatusChanges } from '~/db/schema';
import { assertOrderTransition, type TOrderChangeCause, type TOrderStatus } from '~/domain/documents/order-status';
import type { TPublish } from '~/server/trpc/context';
import { notify } from '../notification/notify';
import type { TOrderRow } from './lock-order';

/**
 * Moves a locked order to `to` inside the caller's transaction: checks the
 * transition, bumps the version, sets deliveredAt on delivery, records who
 * and when in order_status_changes, and (when the state really changes)
 * queues an 'order_status' notification for the order's and the opportunity's owners (not the actor).
 * Returns the updated row and the function that pushes the notifications;
 * call it after the commit.
 */
export async function recordOrderStatus(
  tx: Tx,
  order: TOrderRow,
  to: TOrderStatus,
  actorId: string | null,
  cause: TOrderChangeCause,
  now: Date = new Date(),
): Promise<{ order: TOrderRow; push: (publish: TPublish) => void }> {
  assertOrderTransition(order.status, to, cause);
  const [updated] = await tx
    .update(orders)
    .set({ status: to, version: order.version + 1, updatedAt: now, ...(to === 'delivered' && !order.deliveredAt ? { deliveredAt: now } : {}) })
    .where(eq(orders.id, order.id))
    .returning();
  await tx.insert(orderStatusChanges).values({
    organizationId: order.organizationId,
    orderId: order.id,
    fromStatus: order.status,
    toStatus: to,
    actorId,
    createdAt: now,
  });
  if (to === order.status) return { order: updated!, push: () => {} };
  const push = await notify(tx, {
    organizationId: order.organizationId,
    userIds: await ownersOf(tx, order),
    kind: 'order_status',
    data: { orderId: order.id, number: order.number, from: order.status, to },
    link: `/orders/${order.id}`,
    actorId,
  });
  return { order: updated!, push };
}

/** Who cares about an order: its owner and its opportunity's owner. */
export async function ownersOf(tx: Tx, order: Pick<TOrderRow, 'ownerId' | 'opportunityId'>): Promise<string[]> {
  const owners = order.ownerId ? [order.ownerId] : [];
  if (order.opportunityId) {
    const [opportunity] = await tx.select({ ownerId: opportunities.ownerId }).from(opportunities).where(eq(opportunities.id, order.opportunityId));
    if (opportunity) owners.push(opportunity.ownerId);
  }
  return owners;
}
