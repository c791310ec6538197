import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { customers, orderLines, orders, quotes } from '~/db/schema';
import type { TOrgFixture as TOrg } from '~/db/testing/fixtures';
import type { TOrderStatus } from '~/domain/documents/order-status';

/**
 * Inserts an order of `org`'s opportunity (and, with `withQuote`, an accepted
 * quote it came from) directly with drizzle, so order and invoice tests do
 * not depend on quote conversion. Two lines: 10 × 19.99 € −10 % and
 * 2.5 × 1,000.00 €, both at 21 % VAT. The customer's payment terms become
 * `paymentTermsDays`.
 */
export async function insertOrder(
  db: Db,
  org: TOrg,
  opts: { number?: string; status?: TOrderStatus; ownerId?: string | null; withQuote?: boolean; paymentTermsDays?: number } = {},
) {
  if (opts.paymentTermsDays !== undefined) {
    await db.update(customers).set({ paymentTermsDays: opts.paymentTermsDays }).where(eq(customers.id, org.customer.id));
  }
  const base = { organizationId: org.organizationId, customerId: org.customer.id, currency: 'EUR' };
  const totals = { netMinor: 267_991, taxMinor: 56_278, grossMinor: 324_269 };
  const [quote] = opts.withQuote
    ? await db
        .insert(quotes)
        .values({ ...base, ...totals, number: `Q-2026-${Math.random().toString().slice(2, 8)}`, opportunityId: org.opportunity.id, status: 'accepted', issueDate: '2026-01-05' })
        .returning()
    : [];
  const [order] = await db
    .insert(orders)
    .values({
      ...base,
      ...totals,
      number: opts.number ?? `SO-2026-${Math.random().toString().slice(2, 8)}`,
      quoteId: quote?.id ?? null,
      opportunityId: org.opportunity.id,
      status: opts.status ?? 'entered',
      orderDate: '2026-01-10',
      ownerId: opts.ownerId === undefined ? org.byRole.manager?.userId ?? null : opts.ownerId,
    })
    .returning();
  const lines = await db
    .insert(orderLines)
    .values([
      { organizationId: org.organizationId, orderId: order!.id, position: 1, description: 'Sensor de presión', quantity: '10', unitPriceMinor: 1999, discountBps: 1000, taxRateBps: 2100, netMinor: 17_991, taxMinor: 3778, grossMinor: 21_769 },
      { organizationId: org.organizationId, orderId: order!.id, position: 2, description: 'Puesta en marcha (días)', quantity: '2.5', unitPriceMinor: 100_000, discountBps: 0, taxRateBps: 2100, netMinor: 250_000, taxMinor: 52_500, grossMinor: 302_500 },
    ])
    .returning();
  return { order: order!, quote: quote ?? null, lineA: lines[0]!, lineB: lines[1]! };
}
