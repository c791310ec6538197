import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { customers, quotes } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { assertCanRequestApproval } from '~/domain/documents/quote-approval';
import type { TQuoteActionInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import { notify } from '../notification/notify';
import type { TViewer } from '../viewer';
import { approvalCheck } from './approval-check';
import { approverIds } from './approvers';
import { publishDocChanges, quoteChanged } from './doc-changed';
import { lockQuote } from './lock-quote';

/**
 * Asks the managers for approval of a draft whose discount is above the
 * organization's threshold: the approval becomes pending (the lines lock)
 * and every manager and admin gets an `approval_requested` notification,
 * pushed live after the commit.
 */
export async function requestApproval(db: Db, viewer: TViewer & { name: string }, input: TQuoteActionInput, publish: TPublish) {
  const { quote, pushNotifications } = await db.transaction(async (tx) => {
    const current = await lockQuote(tx, viewer.organizationId, input.id, input.version);
    if (current.status !== 'draft') throw new AppError('INVALID_INPUT', { message: `This quote is ${current.status}; approval is asked for drafts.` });
    const check = await approvalCheck(tx, current);
    assertCanRequestApproval(check.required, current.approvalStatus);
    const [updated] = await tx
      .update(quotes)
      .set({ approvalStatus: 'pending', version: current.version + 1, updatedAt: new Date() })
      .where(eq(quotes.id, current.id))
      .returning();
    const [customer] = await tx.select({ legalName: customers.legalName }).from(customers).where(eq(customers.id, current.customerId));
    const push = await notify(tx, {
      organizationId: viewer.organizationId,
      userIds: await approverIds(tx, viewer.organizationId),
      kind: 'approval_requested',
      data: {
        quoteId: current.id,
        number: current.number,
        customerName: customer?.legalName ?? null,
        requestedBy: viewer.name,
        maxDiscountBps: check.maxDiscountBps,
        thresholdBps: check.thresholdBps,
        netMinor: current.netMinor,
        currency: current.currency,
      },
      link: `/quotes/${current.id}`,
      actorId: viewer.userId,
      dedupeKey: `quote-approval:${current.id}:${updated!.version}`,
    });
    return { quote: updated!, pushNotifications: push };
  });
  pushNotifications(publish);
  publishDocChanges(publish, viewer.organizationId, [quoteChanged(quote, viewer.userId)]);
  return quote;
}
