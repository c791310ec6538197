import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { quotes } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { assertCanDecide } from '~/domain/documents/quote-approval';
import { canManage } from '~/domain/roles';
import type { TQuoteDecisionInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import { notify } from '../notification/notify';
import type { TViewer } from '../viewer';
import { publishDocChanges, quoteChanged } from './doc-changed';
import { lockQuote } from './lock-quote';

/**
 * A manager's decision on a pending discount approval. Records who, when and
 * why on the quote, and tells the quote's owner (`approval_decided`). An
 * approved draft may then be sent; a rejected one must change its lines.
 */
export async function decideApproval(db: Db, viewer: TViewer & { name: string }, input: TQuoteDecisionInput, publish: TPublish) {
  if (!canManage(viewer.role)) throw new AppError('FORBIDDEN', { message: 'Only managers and admins can decide on a discount approval.' });
  const { quote, pushNotifications } = await db.transaction(async (tx) => {
    const current = await lockQuote(tx, viewer.organizationId, input.id, input.version);
    assertCanDecide(current.approvalStatus);
    const now = new Date();
    const [updated] = await tx
      .update(quotes)
      .set({ approvalStatus: input.decision, approvalDecidedBy: viewer.userId, approvalDecidedAt: now, approvalNote: input.note || null, version: current.version + 1, updatedAt: now })
      .where(eq(quotes.id, current.id))
      .returning();
    const push = await notify(tx, {
      organizationId: viewer.organizationId,
      userIds: current.ownerId ? [current.ownerId] : [],
      kind: 'approval_decided',
      data: { quoteId: current.id, number: current.number, decision: input.decision, note: input.note || null, decidedBy: viewer.name },
      link: `/quotes/${current.id}`,
      actorId: viewer.userId,
    });
    return { quote: updated!, pushNotifications: push };
  });
  pushNotifications(publish);
  publishDocChanges(publish, viewer.organizationId, [quoteChanged(quote, viewer.userId)]);
  return quote;
}
