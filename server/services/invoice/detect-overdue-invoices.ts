import { and, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { customers, invoices, members, notifications, opportunities, orders, organizations } from '~/db/schema';
import type { TPublish } from '~/server/trpc/context';
import { notify } from '../notification/notify';

/** At most this many invoices per run; the next run takes the rest. */
const BATCH = 500;

/**
 * Finds authorized invoices whose due date lies before today (in each
 * organization's time zone, as of `now`) and tells their owners, i.e. the
 * order's owner and the opportunity's owner (or, when it has neither, the
 * organization's managers and admins, so nobody's money goes unchased), with
 * one 'invoice_overdue' notification each (dedupeKey `invoice-overdue:<id>`,
 * so reruns add nothing). Invoices already notified are skipped in SQL, so a
 * run over an unchanged database is one cheap query. Returns how many
 * invoices were newly reported.
 */
export async function detectOverdueInvoices(db: Db, now: Date, publish: TPublish): Promise<number> {
  const today = sql`(${now.toISOString()}::timestamptz at time zone ${organizations.timeZone})::date`;
  const dedupeKey = sql<string>`'invoice-overdue:' || ${invoices.id}::text`;
  const due = await db
    .select({
      id: invoices.id,
      organizationId: invoices.organizationId,
      number: invoices.number,
      dueDate: invoices.dueDate,
      grossMinor: invoices.grossMinor,
      currency: invoices.currency,
      customerName: customers.legalName,
      orderOwnerId: orders.ownerId,
      opportunityOwnerId: opportunities.ownerId,
    })
    .from(invoices)
    .innerJoin(organizations, eq(organizations.id, invoices.organizationId))
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .leftJoin(orders, eq(orders.id, invoices.orderId))
    .leftJoin(opportunities, eq(opportunities.id, orders.opportunityId))
    .where(
      and(
        eq(invoices.status, 'authorized'),
        lt(invoices.dueDate, today),
        notExists(
          db
            .select({ one: sql`1` })
            .from(notifications)
            .where(and(eq(notifications.organizationId, invoices.organizationId), eq(notifications.dedupeKey, dedupeKey))),
        ),
      ),
    )
    .limit(BATCH);
  if (due.length === 0) return 0;
  const pushes = await db.transaction(async (tx) => {
    const queued = [];
    for (const invoice of due) {
      let owners = [invoice.orderOwnerId, invoice.opportunityOwnerId].filter((id): id is string => !!id);
      if (!owners.length) {
        const leads = await tx
          .select({ userId: members.userId })
          .from(members)
          .where(and(eq(members.organizationId, invoice.organizationId), inArray(members.role, ['admin', 'manager'])));
        owners = leads.map((m) => m.userId);
      }
      queued.push(
        await notify(tx, {
          organizationId: invoice.organizationId,
          userIds: owners,
          kind: 'invoice_overdue',
          data: { invoiceId: invoice.id, number: invoice.number, dueDate: invoice.dueDate, grossMinor: invoice.grossMinor, currency: invoice.currency, customerName: invoice.customerName },
          link: `/invoices/${invoice.id}`,
          actorId: null,
          dedupeKey: `invoice-overdue:${invoice.id}`,
        }),
      );
    }
    return queued;
  });
  for (const push of pushes) push(publish);
  return due.length;
}
