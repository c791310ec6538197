import type { Db, Tx } from '~/db/client';
import type { TPublish } from '~/server/trpc/context';
import { publishDocChanged } from '../document-chain/publish-doc-changed';
import type { TViewer } from '../viewer';
import { getOrder } from './get-order';
import { lockOrder, type TOrderRow } from './lock-order';

export type TPush = (publish: TPublish) => void;

/**
 * The frame of every order change: one transaction that locks the order and
 * checks its version (CONFLICT when stale), runs `change`, and after the
 * commit pushes the queued notifications and `doc:changed`. Answers the
 * order as getOrder shows it.
 */
export async function runOrderChange(
  db: Db,
  viewer: TViewer,
  target: { id: string; version: number },
  publish: TPublish,
  change: (tx: Tx, order: TOrderRow) => Promise<{ order: TOrderRow; pushes: TPush[] }>,
) {
  const result = await db.transaction(async (tx) => change(tx, await lockOrder(tx, viewer.organizationId, target.id, target.version)));
  for (const push of result.pushes) push(publish);
  const { order } = result;
  publishDocChanged(publish, viewer.organizationId, {
    type: 'order',
    id: order.id,
    opportunityId: order.opportunityId,
    customerId: order.customerId,
    status: order.status,
    actorId: viewer.userId,
  });
  return getOrder(db, viewer.organizationId, order.id);
}
