import type { Db } from '~/db/client';
import { AppError } from '~/domain/app-error';
import type { TQuoteActionInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import type { TViewer } from '../viewer';
import { createOrderFromQuote, orderCreated } from './create-order-from-quote';
import { publishDocChanges } from './doc-changed';
import { lockQuote } from './lock-quote';

/** Creates the order of an accepted quote (see createOrderFromQuote) in one transaction; publishes `doc:changed` for the order. */
export async function convertToOrder(db: Db, viewer: TViewer, input: TQuoteActionInput, publish: TPublish) {
  const order = await db.transaction(async (tx) => {
    const quote = await lockQuote(tx, viewer.organizationId, input.id, input.version);
    if (quote.status !== 'accepted') {
      throw new AppError('INVALID_INPUT', { message: `Only an accepted quote can become an order; ${quote.number} is ${quote.status}.` });
    }
    return createOrderFromQuote(tx, viewer, quote, new Date());
  });
  publishDocChanges(publish, viewer.organizationId, [orderCreated(order, viewer.userId)]);
  return order;
}
