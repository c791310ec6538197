import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { invoices, orderLines } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { remainingToDeliver } from '~/domain/documents/delivery';
import { assertOrderTransition } from '~/domain/documents/order-status';
import type { TOrderChangeStatusInput } from '~/domain/schemas/order';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { deliverLocked } from './deliver-order';
import type { TOrderRow } from './lock-order';
import { recordOrderStatus } from './record-order-status';
import { runOrderChange } from './run-order-change';

/**
 * A state change picked by a person: confirm, mark delivered (delivers
 * everything still open on every line) or cancel. Illegal transitions answer
 * INVALID_INPUT with the reason; a stale version answers CONFLICT.
 */
export async function changeOrderStatus(db: Db, viewer: TViewer, input: TOrderChangeStatusInput, publish: TPublish) {
  return runOrderChange(db, viewer, input, publish, async (tx, order) => {
    const now = new Date();
    if (input.status === 'delivered') {
      assertOrderTransition(order.status, 'delivered', 'manual');
      const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
      return deliverLocked(tx, order, remainingToDeliver(lines), viewer.userId, now);
    }
    if (input.status === 'cancelled') await assertNoLiveInvoices(tx, order);
    const recorded = await recordOrderStatus(tx, order, input.status, viewer.userId, 'manual', now);
    return { order: recorded.order, pushes: [recorded.push] };
  });
}

/** Cancels an order (entered or confirmed, with no live invoices). */
export async function cancelOrder(db: Db, viewer: TViewer, input: { id: string; version: number }, publish: TPublish) {
  return changeOrderStatus(db, viewer, { ...input, status: 'cancelled' }, publish);
}

/** An order with draft, authorized or paid invoices cannot be cancelled; its invoices must go first. */
async function assertNoLiveInvoices(tx: Tx, order: TOrderRow) {
  assertOrderTransition(order.status, 'cancelled', 'manual');
  const [live] = await tx
    .select({ number: invoices.number })
    .from(invoices)
    .where(and(eq(invoices.orderId, order.id), ne(invoices.status, 'cancelled')))
    .limit(1);
  if (live) {
    throw new AppError('INVALID_INPUT', { message: `This order cannot be cancelled: invoice ${live.number} is not cancelled. Cancel it first.` });
  }
}
