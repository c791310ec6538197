import { randomUUID } from 'node:crypto';
import type { Db } from '~/db/client';
import { contacts, forecastOverrides, invoiceLines, invoices, leads, notifications, priceListItems, priceLists, products, quoteLines, quotes, teamMembers, teams } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD } from '~/db/testing/fixtures';
import type { TRole } from '~/domain/roles';
import { insertOrder } from '~/server/testing/order-fixture';

export type TAccessWorld = Awaited<ReturnType<typeof seedAccessWorld>>;

/**
 * One organization with a row of every kind a procedure can address
 * (customer, contact, opportunity, draft quote with a line, order with lines,
 * draft invoice with a line, lead, product, price list with a price,
 * notification, team, forecast override), inserted directly with drizzle.
 * The access walk gives these real ids to other organizations' users.
 */
export async function seedAccessWorld(db: Db, slug: string) {
  const org = await createOrgFixture(db, slug);
  const organizationId = org.organizationId;
  const rep = org.byRole.rep.userId;
  const [contact] = await db.insert(contacts).values({ organizationId, customerId: org.customer.id, fullName: `Contact ${slug}` }).returning();
  const [quote] = await db
    .insert(quotes)
    .values({ organizationId, number: `Q-${slug}-1`, opportunityId: org.opportunity.id, customerId: org.customer.id, ownerId: rep, issueDate: '2026-01-05', currency: 'EUR' })
    .returning();
  const [quoteLine] = await db
    .insert(quoteLines)
    .values({ organizationId, quoteId: quote!.id, position: 1, description: 'Line', quantity: '1', unitPriceMinor: 1000, taxRateBps: 2100, netMinor: 1000, taxMinor: 210, grossMinor: 1210 })
    .returning();
  const { order, lineA } = await insertOrder(db, org, { ownerId: rep });
  const [invoice] = await db
    .insert(invoices)
    .values({ organizationId, number: `F-${slug}-1`, orderId: order.id, customerId: org.customer.id, issueDate: '2026-01-20', dueDate: '2026-02-19', currency: 'EUR', netMinor: 1999 })
    .returning();
  await db.insert(invoiceLines).values({ organizationId, invoiceId: invoice!.id, orderLineId: lineA.id, position: 1, description: 'Line', quantity: '1', unitPriceMinor: 1999, taxRateBps: 2100, netMinor: 1999, taxMinor: 420, grossMinor: 2419 });
  const [lead] = await db.insert(leads).values({ organizationId, fullName: `Lead ${slug}`, companyName: `Company ${slug}`, ownerId: rep }).returning();
  const [product] = await db.insert(products).values({ organizationId, sku: `SKU-${slug}`, name: `Product ${slug}`, unitPriceMinor: 5000, currency: 'EUR' }).returning();
  const [priceList] = await db.insert(priceLists).values({ organizationId, name: `List ${slug}`, currency: 'EUR' }).returning();
  await db.insert(priceListItems).values({ organizationId, priceListId: priceList!.id, productId: product!.id, unitPriceMinor: 4500 });
  const [notification] = await db.insert(notifications).values({ organizationId, userId: rep, kind: 'deal_changed', link: `/boards/stage` }).returning();
  const team = { id: randomUUID(), organizationId, name: `Team ${slug}` };
  await db.insert(teams).values(team);
  await db.insert(teamMembers).values({ organizationId, teamId: team.id, userId: rep });
  await db.insert(forecastOverrides).values({ organizationId, ownerId: rep, month: '2030-01-01', category: 'commit', amountMinor: 100, originalMinor: 50, currency: 'EUR', note: 'seeded' });
  return {
    ...org,
    contact: contact!,
    quote: quote!,
    quoteLine: quoteLine!,
    order,
    orderLine: lineA,
    invoice: invoice!,
    lead: lead!,
    product: product!,
    priceList: priceList!,
    notification: notification!,
    team,
  };
}

/** Who walks: each role of organization A, and an admin of organization B ("other"). */
export type TWalker = TRole | 'other';

/** Signs in every walker: A's admin, manager, rep and viewer, and B's admin. */
export async function signInWalkers(app: { signIn: (email: string, password: string) => Promise<string> }, a: TAccessWorld, b: TAccessWorld): Promise<Record<TWalker, string>> {
  const cookie: Record<TWalker, string> = { admin: '', manager: '', rep: '', viewer: '', other: '' };
  for (const role of ['admin', 'manager', 'rep', 'viewer'] as const) cookie[role] = await app.signIn(a.byRole[role].email, FIXTURE_PASSWORD);
  cookie.other = await app.signIn(b.byRole.admin.email, FIXTURE_PASSWORD);
  return cookie;
}
