import type * as s from '~/db/schema';
import type { TRandom } from '~/domain/random';
import { addDays, atOfficeHours, isoDate, previousWeekday } from './calendar';
import { copyLine } from './copy-line';
import type { TSeedQuote } from './build-quotes';

type TOrderStatus = (typeof s.orderStatusEnum.enumValues)[number];
const HOUR_MS = 3_600_000;

/** An order with lines, status history and the planned invoice dates. */
export type TSeedOrder = {
  row: typeof s.orders.$inferInsert;
  lines: (typeof s.orderLines.$inferInsert)[];
  statusChanges: (typeof s.orderStatusChanges.$inferInsert)[];
  quote: TSeedQuote;
  /** When the invoice was (or will be) drafted and authorized; may lie after the anchor. */
  draftedAt: Date;
  invoicedAt: Date;
};

/**
 * One order per accepted quote, placed within 3 days of the win (the same
 * day if that would be after the anchor), with the quote's lines. Its status is the last step of {@link orderTimeline} before
 * the anchor, so old orders are invoiced and recent ones still in progress.
 */
export function buildOrders(
  random: TRandom,
  accepted: readonly TSeedQuote[],
  organizationId: string,
  anchor: Date,
  backOfficeId: string,
): TSeedOrder[] {
  return accepted.map((quote) => {
    const { plan } = quote;
    const closedAt = plan.closedAt!;
    const placed = atOfficeHours(random, previousWeekday(addDays(closedAt, random.int(0, 3))));
    // A win whose order would come after the anchor (a recent one) got it the same day.
    const sameDay = closedAt.getTime() + random.int(10, 120) * 60_000;
    const orderedAt = new Date(placed < anchor ? Math.max(placed.getTime(), closedAt.getTime() + 10 * 60_000) : Math.min(sameDay, anchor.getTime() - HOUR_MS));
    const equipment = quote.lines.some((l) => l.unitPriceMinor >= 500_000);
    const multiLine = quote.lines.length > 1;
    const { steps, lead, draftedAt, invoicedAt } = orderTimeline(random, orderedAt, equipment, multiLine, plan.owner.id, backOfficeId);
    const reached = steps.filter(([, t]) => t < anchor);
    const status = reached.at(-1)![0];
    const orderId = random.uuid();
    const fully = status === 'delivered' || status === 'invoiced';
    const halfway = Math.ceil(quote.lines.length / 2);
    return {
      quote,
      draftedAt,
      invoicedAt,
      row: {
        id: orderId,
        organizationId,
        number: '',
        quoteId: quote.row.id,
        opportunityId: plan.id,
        customerId: plan.customer.id,
        status,
        orderDate: isoDate(orderedAt),
        promisedDate: isoDate(addDays(orderedAt, Math.round(lead * random.float(0.85, 1.1)))),
        deliveredAt: fully ? reached.find(([st]) => st === 'delivered')![1] : null,
        currency: 'EUR',
        netMinor: quote.row.netMinor,
        taxMinor: quote.row.taxMinor,
        grossMinor: quote.row.grossMinor,
        createdAt: orderedAt,
        updatedAt: reached.at(-1)![1],
      },
      lines: quote.lines.map((l, i) => ({
        id: random.uuid(),
        organizationId,
        orderId,
        quoteLineId: l.id,
        ...copyLine(l),
        deliveredQuantity: fully || (status === 'partially_delivered' && i < halfway) ? l.quantity : '0.000',
      })),
      statusChanges: reached.map(([toStatus, createdAt, actorId], i) => ({
        id: random.uuid(),
        organizationId,
        orderId,
        fromStatus: i === 0 ? null : reached[i - 1]![0],
        toStatus,
        actorId,
        createdAt,
      })),
    };
  });
}

/**
 * The dated steps of one order: confirmed 1–3 days after entry, delivered
 * after a log-normal lead time (~60 days with equipment, ~15 for services),
 * sometimes partially first; the invoice drafted 0–3 days after delivery and
 * authorized ('invoiced') 2–8 days later, rarely weeks. ~1.5 % are cancelled.
 */
function orderTimeline(
  random: TRandom,
  orderedAt: Date,
  equipment: boolean,
  multiLine: boolean,
  ownerId: string,
  backOfficeId: string,
) {
  const at = (from: Date, days: number) => atOfficeHours(random, previousWeekday(addDays(from, Math.max(1, days))));
  const lead = Math.min(150, Math.max(3, Math.round(random.logNormal(equipment ? 60 : 15, 0.45))));
  const steps: [TOrderStatus, Date, string][] = [
    ['entered', orderedAt, ownerId],
    ['confirmed', at(orderedAt, random.int(1, 3)), ownerId],
  ];
  if (random.chance(0.015)) {
    steps[1] = ['cancelled', at(orderedAt, random.int(2, 20)), ownerId];
  } else {
    if (equipment && multiLine && random.chance(0.5)) {
      steps.push(['partially_delivered', at(orderedAt, Math.round(lead * 0.6)), backOfficeId]);
    }
    steps.push(['delivered', at(orderedAt, lead), backOfficeId]);
  }
  keepIncreasing(steps);
  const delivered = steps.at(-1)![1];
  const draftedAt = laterThan(at(delivered, random.int(0, 3)), delivered);
  const invoicedAt = laterThan(at(draftedAt, random.chance(0.04) ? random.int(20, 60) : random.int(2, 8)), draftedAt);
  if (steps.at(-1)![0] === 'delivered') steps.push(['invoiced', invoicedAt, backOfficeId]);
  return { steps, lead, draftedAt, invoicedAt };
}

/** Moves steps that weekday rounding put on or before the previous one an hour after it. */
function keepIncreasing(steps: [TOrderStatus, Date, string][]): void {
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]![1] <= steps[i - 1]![1]) steps[i]![1] = new Date(steps[i - 1]![1].getTime() + HOUR_MS);
  }
}

/** `date`, or an hour after `after` if it is not later. */
function laterThan(date: Date, after: Date): Date {
  return date > after ? date : new Date(after.getTime() + HOUR_MS);
}
