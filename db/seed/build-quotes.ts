import type * as s from '~/db/schema';
import { documentTotals } from '~/domain/money/document-totals';
import type { TRandom } from '~/domain/random';
import { addDays, atOfficeHours, isoDate, previousWeekday } from './calendar';
import { SPAIN_VAT_BPS } from './build-catalogue';
import { buildQuoteLines, type TPricedLine } from './quote-lines';
import type { TDealPlan, TSeedProduct } from './types';

const HOUR_MS = 3_600_000;

/** A quote with its priced lines; `number` is assigned later in date order. */
export type TSeedQuote = { row: typeof s.quotes.$inferInsert; lines: (TPricedLine & { id: string })[]; plan: TDealPlan };

/**
 * Quotes for deals that reached the proposal stage: accepted for won deals
 * (whose amount then becomes the quote's net), rejected or expired for most
 * lost ones, sent/expired/draft for most open ones. Spanish customers pay
 * 21 % IVA; EU and export customers 0 % (reverse charge / export exemption).
 */
export function buildQuotes(
  random: TRandom,
  plans: readonly TDealPlan[],
  products: ReadonlyMap<string, TSeedProduct>,
  organizationId: string,
  anchor: Date,
): TSeedQuote[] {
  const quotes: TSeedQuote[] = [];
  for (const plan of plans) {
    const { quoteFrom } = plan.pipeline;
    if (plan.stageIndex < quoteFrom) continue;
    if (plan.status === 'lost' && !random.chance(0.85)) continue;
    if (plan.status === 'open' && !random.chance(0.9)) continue;
    // Issued on entering the proposal stage or a later one (a revision), before the close.
    const limit = (plan.closedAt ?? anchor).getTime() - HOUR_MS;
    const entered = plan.stageEntries[random.int(quoteFrom, plan.stageIndex)]!;
    const candidate = atOfficeHours(random, previousWeekday(addDays(entered, random.int(0, 2))));
    const issuedAt = new Date(Math.min(Math.max(candidate.getTime(), entered.getTime()), limit));
    const validDays = plan.amountMinor > 10_000_000 ? 60 : 30;
    let validUntil = isoDate(addDays(issuedAt, validDays));
    let status: 'draft' | 'sent' | 'accepted' | 'rejected' | 'expired';
    if (plan.status === 'won') {
      status = 'accepted';
      const closedOn = isoDate(plan.closedAt!);
      if (closedOn > validUntil) validUntil = closedOn;
    } else if (plan.status === 'lost') {
      status = plan.lostReason === 'Sin respuesta' || random.chance(0.1) ? 'expired' : 'rejected';
    } else if (anchor.getTime() - issuedAt.getTime() < 3 * 24 * HOUR_MS && random.chance(0.5)) {
      status = 'draft';
    } else {
      status = validUntil < isoDate(anchor) ? 'expired' : 'sent';
    }
    const taxRateBps = plan.customer.country === 'ES' ? SPAIN_VAT_BPS : 0;
    const priced = buildQuoteLines(random, plan.theme, plan.amountMinor, plan.customer.discountBps, taxRateBps, products);
    const lines = priced.map((line) => ({ ...line, id: random.uuid() }));
    const totals = documentTotals(lines);
    if (plan.status === 'won') plan.amountMinor = totals.netMinor;
    quotes.push({
      plan,
      lines,
      row: {
        id: random.uuid(),
        organizationId,
        number: '',
        opportunityId: plan.id,
        customerId: plan.customer.id,
        ownerId: plan.owner.id,
        status,
        issueDate: isoDate(issuedAt),
        validUntil,
        currency: 'EUR',
        ...totals,
        createdAt: issuedAt,
        updatedAt: plan.closedAt ?? issuedAt,
      },
    });
  }
  return quotes;
}
