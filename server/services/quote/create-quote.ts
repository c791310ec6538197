import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { opportunities, quotes } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TQuoteCreateInput } from '~/domain/schemas/quote';
import type { TPublish } from '~/server/trpc/context';
import { nextDocumentNumber } from '../numbering/next-document-number';
import type { TViewer } from '../viewer';
import { addDays, DEFAULT_QUOTE_VALIDITY_DAYS, utcDay } from './dates';
import { publishDocChanges, quoteChanged } from './doc-changed';
import type { TQuoteRow } from './lock-quote';

/**
 * Creates an empty draft quote for an open opportunity, in one transaction:
 * the customer and currency come from the opportunity, the owner is the
 * creator, the number is the next Q-YYYY-NNNN of the issue year (taken last,
 * so the counter row is locked as briefly as possible). Publishes
 * `doc:changed` after the commit.
 */
export async function createQuote(db: Db, viewer: TViewer, input: TQuoteCreateInput, publish: TPublish, now = new Date()): Promise<TQuoteRow> {
  const quote = await db.transaction((tx) => createQuoteInTx(tx, viewer, input, now));
  publishDocChanges(publish, viewer.organizationId, [quoteChanged(quote, viewer.userId)]);
  return quote;
}

/** The transactional part of {@link createQuote}, for callers that own the transaction. */
export async function createQuoteInTx(tx: Tx, viewer: TViewer, input: TQuoteCreateInput, now: Date): Promise<TQuoteRow> {
  const { organizationId } = viewer;
  const [opportunity] = await tx
    .select({ customerId: opportunities.customerId, currency: opportunities.currency, status: opportunities.status })
    .from(opportunities)
    .where(and(eq(opportunities.id, input.opportunityId), eq(opportunities.organizationId, organizationId)));
  if (!opportunity) throw new AppError('NOT_FOUND', { message: 'Opportunity not found.' });
  if (!opportunity.customerId) throw new AppError('INVALID_INPUT', { message: 'This opportunity has no customer; link one before quoting.' });
  if (opportunity.status !== 'open') throw new AppError('INVALID_INPUT', { message: `This opportunity is ${opportunity.status}; quotes are made for open deals.` });
  const issueDate = utcDay(now);
  const validUntil = input.validUntil ?? addDays(issueDate, DEFAULT_QUOTE_VALIDITY_DAYS);
  if (validUntil < issueDate) throw new AppError('INVALID_INPUT', { message: 'The quote cannot be valid until a day before it is issued.' });
  const number = await nextDocumentNumber(tx, organizationId, 'quote', now.getUTCFullYear());
  const [quote] = await tx
    .insert(quotes)
    .values({
      organizationId,
      number,
      opportunityId: input.opportunityId,
      customerId: opportunity.customerId,
      ownerId: viewer.userId,
      issueDate,
      validUntil,
      notes: input.notes || null,
      currency: opportunity.currency,
    })
    .returning();
  return quote!;
}
