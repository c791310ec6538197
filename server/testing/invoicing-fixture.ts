import { randomUUID } from 'node:crypto';
import type { Db } from '~/db/client';
import { customers, invoices, opportunities, orders, teamMembers, teams } from '~/db/schema';
import type { TOrgFixture } from '~/db/testing/fixtures';

/**
 * Hand-made documents for the invoicing-board tests (organization time zone
 * Europe/Madrid, currency EUR, "today" 2026-04-15). The expected aggregates
 * are written out in the test; see each row's comment.
 */
export async function seedInvoicingFixture(db: Db, a: TOrgFixture) {
  const org = a.organizationId;
  const rep = a.byRole.rep.userId;
  const manager = a.byRole.manager.userId;
  const team = { id: randomUUID(), organizationId: org, name: 'Iberia' };
  await db.insert(teams).values(team);
  await db.insert(teamMembers).values({ organizationId: org, teamId: team.id, userId: manager });
  const [other] = await db.insert(customers).values({ organizationId: org, legalName: 'Otra Cliente S.A.', country: 'ES' }).returning();
  const c1 = a.customer.id;
  const c2 = other!.id;
  const deal = (over: Partial<typeof opportunities.$inferInsert>) => ({
    organizationId: org, title: 'Deal', customerId: c1, ownerId: rep, pipelineId: a.pipeline.id, stageId: a.stage.id,
    amountMinor: 0, currency: 'EUR', probability: 50, expectedCloseDate: '2026-03-01', rank: 'a1', ...over,
  });
  await db.insert(opportunities).values([
    deal({ title: 'O1 march open', amountMinor: 100_000, probability: 50, expectedCloseDate: '2026-03-10' }),
    deal({ title: 'O2 march open', amountMinor: 30_001, probability: 25, expectedCloseDate: '2026-03-31' }), // weighted 7 500.25 → 7 500
    deal({ title: 'O3 april open', amountMinor: 200_000, probability: 10, expectedCloseDate: '2026-04-01', ownerId: manager, teamId: team.id, customerId: c2 }),
    // Won at 23:30 UTC on 31 March = 1 April in Madrid: an April win.
    deal({ title: 'O4 won', amountMinor: 50_000, probability: 100, status: 'won', expectedCloseDate: '2026-03-20', closedAt: new Date('2026-03-31T23:30:00Z') }),
    deal({ title: 'O5 lost', amountMinor: 70_000, probability: 0, status: 'lost', expectedCloseDate: '2026-03-15', closedAt: new Date('2026-03-15T10:00:00Z') }),
    deal({ title: 'O6 dollars', amountMinor: 99_999, currency: 'USD', expectedCloseDate: '2026-03-20' }),
  ]);
  const order = (over: Partial<typeof orders.$inferInsert>) => ({
    organizationId: org, number: `O-${randomUUID().slice(0, 8)}`, customerId: c1, currency: 'EUR', orderDate: '2026-03-01', ownerId: rep, ...over,
  });
  const [r1, r2] = await db
    .insert(orders)
    .values([
      order({ number: 'O-2026-0001', orderDate: '2026-03-05', netMinor: 120_000, status: 'confirmed' }),
      order({ number: 'O-2026-0002', orderDate: '2026-03-31', netMinor: 80_000, status: 'invoiced', ownerId: manager, customerId: c2 }),
      order({ number: 'O-2026-0003', orderDate: '2026-04-02', netMinor: 10_000, status: 'cancelled' }),
    ])
    .returning();
  const invoice = (over: Partial<typeof invoices.$inferInsert>) => ({
    organizationId: org, number: `F-${randomUUID().slice(0, 8)}`, customerId: c1, currency: 'EUR', issueDate: '2026-03-01', dueDate: '2026-03-31', ...over,
  });
  await db.insert(invoices).values([
    invoice({ number: 'F-1', orderId: r1!.id, issueDate: '2026-03-01', dueDate: '2026-03-31', netMinor: 50_000, status: 'authorized' }), // overdue
    invoice({ number: 'F-2', orderId: r1!.id, issueDate: '2026-03-20', dueDate: '2026-04-19', netMinor: 20_000, status: 'authorized' }), // pending
    invoice({ number: 'F-3', orderId: r2!.id, customerId: c2, issueDate: '2026-04-01', dueDate: '2026-05-01', netMinor: 70_000, status: 'paid' }),
    invoice({ number: 'F-4', orderId: r2!.id, customerId: c2, issueDate: '2026-04-10', dueDate: '2026-05-10', netMinor: 5_000, status: 'draft' }),
    invoice({ number: 'F-5', orderId: r2!.id, customerId: c2, issueDate: '2026-04-11', dueDate: '2026-05-11', netMinor: 9_000, status: 'cancelled' }),
    invoice({ number: 'F-6', orderId: r2!.id, customerId: c2, issueDate: '2026-04-12', dueDate: '2026-04-14', netMinor: 1_000, status: 'authorized' }), // overdue
  ]);
  return { team, c1, c2 };
}
