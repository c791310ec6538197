import type { DbOrTx } from '~/db/client';
import { resolvePeriod } from '~/domain/invoicing/period';
import { invoicingLanes, type TInvoicingBoardQuery, type TInvoicingLane } from '~/domain/schemas/invoicing';
import { getOrganization } from '../organization/get-organization';
import { aggregateLanes } from './aggregate-lanes';
import { firstCards, type TInvoicingCard } from './board-cards';
import type { TBoardScope } from './board-scope';

/**
 * The invoicing progress board of one organization: its months (default:
 * 3 back and 9 ahead, in the organization's time zone), the per-lane,
 * per-month, per-status aggregates (always, so headers have totals in both
 * views) and, for the individual view, the first cards of each cell.
 * `now` is injectable for tests.
 */
export async function getInvoicingBoard(db: DbOrTx, organizationId: string, input: TInvoicingBoardQuery, now = new Date()) {
  const org = await getOrganization(db, organizationId);
  const period = resolvePeriod(now, org.timeZone, input.from, input.months);
  const scope: TBoardScope = { organizationId, currency: org.currency, timeZone: org.timeZone, period, filter: input.filter };
  const { aggregates, otherCurrency } = await aggregateLanes(db, scope);
  let cards: Record<TInvoicingLane, Record<string, { cards: TInvoicingCard[]; total: number }>> | null = null;
  if (input.view === 'individual') {
    cards = { opportunities: {}, orders: {}, invoices: {} };
    for (const lane of invoicingLanes) cards[lane] = await firstCards(db, lane, scope, lane === 'opportunities' ? input.pin : []);
  }
  return {
    currency: org.currency,
    timeZone: org.timeZone,
    today: period.today,
    currentMonth: period.currentMonth,
    months: period.months,
    aggregates,
    otherCurrency,
    cards,
  };
}
