import { DOC_CHANGED_EVENT, type TDocChanged } from '~/domain/schemas/doc-event';
import type { TPublish } from '~/server/trpc/context';

/**
 * Tells the organization's room that a document was created or changed
 * (`doc:changed`). Call only after the commit.
 */
export function publishDocChanged(publish: TPublish, organizationId: string, change: TDocChanged): void {
  publish(organizationId, DOC_CHANGED_EVENT, change);
}
