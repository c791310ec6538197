import type * as s from '~/db/schema';
import type { TRandom } from '~/domain/random';
import { addDays, atOfficeHours, DAY_MS, isoDate, previousWeekday } from './calendar';
import { copyLine } from './copy-line';
import type { TSeedOrder } from './build-orders';

/** How far back an invoice may still be unpaid because of a dispute. */
const STUCK_WINDOW_DAYS = 270;

/** An invoice row with its lines (copied from the order's). */
export type TSeedInvoice = { row: typeof s.invoices.$inferInsert; lines: (typeof s.invoiceLines.$inferInsert)[] };

/**
 * One invoice per invoiced order (authorized, then paid around the due date;
 * habitual late payers weeks after it, a few recent ones stuck unpaid, so
 * some are overdue at the anchor), plus drafts awaiting authorization.
 */
export function buildInvoices(
  random: TRandom,
  orders: readonly TSeedOrder[],
  organizationId: string,
  anchor: Date,
): TSeedInvoice[] {
  const invoices: TSeedInvoice[] = [];
  for (const order of orders) {
    const { customer } = order.quote.plan;
    let issuedAt: Date;
    let draft = false;
    if (order.row.status === 'invoiced') {
      issuedAt = order.invoicedAt;
    } else if (order.row.status === 'delivered' && order.draftedAt < anchor) {
      issuedAt = order.draftedAt;
      draft = true;
    } else {
      continue;
    }
    const due = addDays(issuedAt, customer.paymentTermsDays);
    // A few recent invoices are stuck (disputed, dunning) and stay unpaid.
    const stuck = anchor.getTime() - issuedAt.getTime() < STUCK_WINDOW_DAYS * DAY_MS && random.chance(0.06);
    const delayDays = stuck ? 10_000 : Math.round(customer.latePayer ? random.logNormal(35, 0.6) : random.normal(-2, 5));
    const payDay = atOfficeHours(random, previousWeekday(addDays(due, Math.max(delayDays, 2 - customer.paymentTermsDays))));
    const paidAt = new Date(Math.max(payDay.getTime(), issuedAt.getTime() + 3_600_000));
    const paid = !draft && paidAt < anchor;
    const invoiceId = random.uuid();
    invoices.push({
      row: {
        id: invoiceId,
        organizationId,
        number: '',
        orderId: order.row.id,
        customerId: customer.id,
        status: draft ? 'draft' : paid ? 'paid' : 'authorized',
        issueDate: isoDate(issuedAt),
        dueDate: isoDate(due),
        paidAt: paid ? paidAt : null,
        currency: 'EUR',
        netMinor: order.row.netMinor,
        taxMinor: order.row.taxMinor,
        grossMinor: order.row.grossMinor,
        createdAt: issuedAt,
        updatedAt: paid ? paidAt : issuedAt,
      },
      lines: order.lines.map((l) => ({
        id: random.uuid(),
        organizationId,
        invoiceId,
        orderLineId: l.id,
        ...copyLine(l),
      })),
    });
  }
  return invoices;
}
