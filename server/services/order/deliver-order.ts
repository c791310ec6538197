import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { orderLines } from '~/db/schema';
import { applyDelivery } from '~/domain/documents/delivery';
import type { TOrderDeliverInput } from '~/domain/schemas/order';
import type { TPublish } from '~/server/trpc/context';
import { syncOrderInvoiced } from '../invoice/sync-order-invoiced';
import type { TViewer } from '../viewer';
import type { TOrderRow } from './lock-order';
import { recordOrderStatus } from './record-order-status';
import { runOrderChange, type TPush } from './run-order-change';

/**
 * Records a delivery: adds the delivered quantities to the order lines and
 * moves the order to 'partially_delivered' or, when every line is complete,
 * 'delivered' (setting deliveredAt; and on to 'invoiced' if authorized
 * invoices already cover it). Version-checked; each delivery is in the
 * status history with who and when.
 */
export async function deliverOrder(db: Db, viewer: TViewer, input: TOrderDeliverInput, publish: TPublish) {
  const add = new Map(input.lines.map((l) => [l.orderLineId, l.quantity]));
  return runOrderChange(db, viewer, input, publish, (tx, order) => deliverLocked(tx, order, add, viewer.userId, new Date()));
}

/** The delivery itself, on an order already locked by the caller's transaction. */
export async function deliverLocked(tx: Tx, order: TOrderRow, add: ReadonlyMap<string, string>, actorId: string, now: Date) {
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
  const delivery = applyDelivery(order.status, lines, add);
  for (const [lineId, deliveredQuantity] of delivery.delivered) {
    await tx
      .update(orderLines)
      .set({ deliveredQuantity })
      .where(and(eq(orderLines.id, lineId), eq(orderLines.orderId, order.id)));
  }
  const pushes: TPush[] = [];
  const recorded = await recordOrderStatus(tx, order, delivery.status, actorId, 'delivery', now);
  pushes.push(recorded.push);
  const synced = await syncOrderInvoiced(tx, recorded.order, actorId, now);
  pushes.push(synced.push);
  return { order: synced.order, pushes };
}
