import { DOC_CHANGED_EVENT, type TDocChanged } from '~/domain/schemas/doc-event';
import type { TPublish } from '~/server/trpc/context';
import type { TQuoteRow } from './lock-quote';

/** The `doc:changed` payload for a quote in its new state. */
export function quoteChanged(quote: TQuoteRow, actorId: string): TDocChanged {
  return { type: 'quote', id: quote.id, opportunityId: quote.opportunityId, customerId: quote.customerId, status: quote.status, actorId };
}

/** Publishes `doc:changed` events; call only after the commit. */
export function publishDocChanges(publish: TPublish, organizationId: string, changes: readonly TDocChanged[]): void {
  for (const change of changes) publish(organizationId, DOC_CHANGED_EVENT, change);
}
