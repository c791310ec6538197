import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '~/db/client';
import { orders, orderStatusChanges, users } from '~/db/schema';
import { AppError } from '~/domain/app-error';

export type TOrderRow = typeof orders.$inferSelect;

/**
 * Reads and row-locks an order of the organization for the rest of the
 * transaction (NOT_FOUND for other organizations' ids). With `version`, a
 * mismatch answers CONFLICT carrying the current status and version.
 */
export async function lockOrder(tx: Tx, organizationId: string, id: string, version?: number): Promise<TOrderRow> {
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, id), eq(orders.organizationId, organizationId)))
    .for('update');
  if (!order) throw new AppError('NOT_FOUND', { message: 'Order not found.' });
  if (version !== undefined && order.version !== version) {
    const [last] = await tx
      .select({ name: users.name })
      .from(orderStatusChanges)
      .innerJoin(users, eq(users.id, orderStatusChanges.actorId))
      .where(eq(orderStatusChanges.orderId, id))
      .orderBy(desc(orderStatusChanges.createdAt))
      .limit(1);
    throw new AppError('CONFLICT', {
      message: `${last?.name ?? 'Someone'} changed order ${order.number} meanwhile (it is now ${order.status.replace('_', ' ')}). Review it and try again.`,
      data: { status: order.status, version: order.version },
    });
  }
  return order;
}
