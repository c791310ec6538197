import type { TRandom } from '~/domain/random';
import { addDays, DAY_MS } from './calendar';
import type { TSeedCustomers } from './build-customers';
import type { TDealPlan } from './types';

/**
 * Sets customer and contact `createdAt`: long-standing clients were imported
 * when the organization started; the others were added shortly before their
 * first deal (or at some point in the history if they never had one).
 */
export function setCustomerDates(random: TRandom, customers: TSeedCustomers, plans: readonly TDealPlan[], orgCreatedAt: Date, anchor: Date): void {
  const firstDeal = new Map<string, number>();
  for (const plan of plans) {
    const t = plan.createdAt.getTime();
    if (t < (firstDeal.get(plan.customer.id) ?? Infinity)) firstDeal.set(plan.customer.id, t);
  }
  const created = new Map<string, Date>();
  customers.customers.forEach((row, i) => {
    const seed = customers.seeds[i]!;
    const first = firstDeal.get(seed.id);
    const at = seed.existing
      ? addDays(orgCreatedAt, random.int(0, 20))
      : first !== undefined
        ? new Date(Math.max(first - random.int(1, 15) * DAY_MS, orgCreatedAt.getTime()))
        : new Date(orgCreatedAt.getTime() + random.next() * (anchor.getTime() - orgCreatedAt.getTime()));
    row.createdAt = at;
    row.updatedAt = at;
    created.set(seed.id, at);
  });
  for (const contact of customers.contacts) {
    contact.createdAt = created.get(contact.customerId)!;
    contact.updatedAt = contact.createdAt;
  }
}
