import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { invoices, opportunities, orders, quotas, teamMembers, teams } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { kpiPeriodInput } from '~/domain/forecast/closed-facts';
import { documentsByGroup } from '~/domain/forecast/document-groups';
import { computeKpis } from '~/domain/forecast/kpis';
import { loadDocumentKpis } from './kpi-inputs';

/**
 * The order and invoice KPI SQL against hand-computed figures. An EUR
 * organization in Europe/Madrid (UTC+1 in winter); previous period Q4 2025
 * (92 days), current Q1 2026 (90 days). Amounts are gross minor units.
 */
const periods = {
  previous: { from: '2025-10-01', to: '2026-01-01', pipelineTo: '2026-01-01' },
  current: { from: '2026-01-01', to: '2026-04-01', pipelineTo: '2026-04-01' },
};

describe('loadDocumentKpis (hand-computed fixtures)', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let org: TOrgFixture;
  let kpis: Awaited<ReturnType<typeof loadDocumentKpis>>;

  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'kpi');
    const other = await createOrgFixture(db.db, 'kpi-other', ['admin']);
    const base = { organizationId: org.organizationId, customerId: org.customer.id, currency: 'EUR' };
    const order = (number: string, orderDate: string, grossMinor: number, more: Partial<typeof orders.$inferInsert> = {}) =>
      ({ ...base, number, orderDate, grossMinor, netMinor: grossMinor, status: 'confirmed' as const, ...more });
    // Who the documents count for. The rep is in North (first by position) and Zeta; the rep's deal is South's.
    // O4 comes from the deal and has no owner: the deal's owner, team (South) and pipeline. O5 has no deal and is the rep's:
    // the rep's first team (North), no pipeline. O2 comes from the same deal but is the manager's, who is in no team: the
    // manager, no team, the deal's pipeline.
    await db.db.insert(teams).values([
      { id: 'team-north', organizationId: org.organizationId, name: 'North', position: 0 },
      { id: 'team-zeta', organizationId: org.organizationId, name: 'Zeta', position: 5 },
      { id: 'team-south', organizationId: org.organizationId, name: 'South', position: 1 },
    ]);
    await db.db.insert(teamMembers).values(['team-zeta', 'team-north'].map((teamId) => ({ organizationId: org.organizationId, teamId, userId: org.byRole.rep.userId })));
    await db.db.update(opportunities).set({ teamId: 'team-south' }).where(eq(opportunities.id, org.opportunity.id));
    const rep = org.byRole.rep.userId;
    const [, o2, o3, o4] = await db.db
      .insert(orders)
      .values([
        order('O1', '2025-06-10', 100_000, { promisedDate: '2025-07-01' }), // older period, never delivered: backlog at both ends
        order('O2', '2025-11-05', 200_000, { promisedDate: '2025-11-20', deliveredAt: new Date('2025-11-18T10:00:00Z'), status: 'delivered', ownerId: org.byRole.manager.userId, opportunityId: org.opportunity.id }), // 13 days, on time
        // Delivered 00:30 local on 1 January: in the current period (22 days, late), so still backlog at the previous end.
        order('O3', '2025-12-10', 300_000, { promisedDate: '2025-12-20', deliveredAt: new Date('2025-12-31T23:30:00Z'), status: 'delivered' }),
        order('O4', '2026-01-15', 400_000, { promisedDate: '2026-02-01', deliveredAt: new Date('2026-01-30T12:00:00Z'), status: 'delivered', opportunityId: org.opportunity.id }), // 15 days, on time
        order('O5', '2026-02-20', 150_000, { promisedDate: '2026-03-01', ownerId: rep }), // undelivered
        order('O6', '2026-03-01', 50_000, { promisedDate: '2026-03-10', deliveredAt: new Date('2026-04-02T09:00:00Z'), status: 'delivered' }), // after the period: backlog at its end
        order('O7', '2026-01-20', 999_000, { status: 'cancelled' }),
        order('O8', '2026-02-01', 777_000, { currency: 'USD' }),
        order('O9', '2025-05-01', 888_000, { currency: 'USD' }),
        order('X1', '2026-02-01', 666_000, { organizationId: other.organizationId, customerId: other.customer.id }),
      ])
      .returning({ id: orders.id });
    const invoice = (number: string, issueDate: string, dueDate: string, grossMinor: number, more: Partial<typeof invoices.$inferInsert> = {}) =>
      ({ ...base, number, issueDate, dueDate, grossMinor, netMinor: grossMinor, status: 'authorized' as const, ...more });
    await db.db.insert(invoices).values([
      invoice('I1', '2025-11-20', '2025-12-20', 200_000, { orderId: o2!.id, paidAt: new Date('2025-12-15T10:00:00Z'), status: 'paid' }), // O2 invoiced after 15 days
      invoice('I2', '2026-01-05', '2026-02-04', 300_000, { orderId: o3!.id }), // O3 after 26 days
      invoice('I3', '2026-01-31', '2026-03-02', 150_000, { orderId: o4!.id, paidAt: new Date('2026-04-10T10:00:00Z'), status: 'paid' }), // O4 after 16 days; paid after the period
      invoice('I4', '2026-02-15', '2026-04-15', 250_000, { orderId: o4!.id }), // O4's second invoice: not its lead time; not yet due
      // Paid 00:30 local on 1 January: still open (and overdue) at the previous period's end.
      invoice('I5', '2025-12-01', '2025-12-31', 80_000, { paidAt: new Date('2025-12-31T23:30:00Z'), status: 'paid' }),
      invoice('I6', '2025-08-01', '2025-08-31', 60_000), // older period, never paid
      invoice('I7', '2026-02-01', '2026-02-15', 555_000, { currency: 'USD' }),
      invoice('I8', '2026-03-01', '2026-03-05', 44_000, { status: 'draft' }),
      invoice('I9', '2026-03-05', '2026-03-10', 70_000, { status: 'cancelled' }),
      invoice('X2', '2026-02-01', '2026-02-10', 333_000, { organizationId: other.organizationId, customerId: other.customer.id }),
    ]);
    const quota = (userId: string, month: string, amountMinor: number, currency = 'EUR') => ({ organizationId: org.organizationId, userId, month, amountMinor, currency });
    await db.db.insert(quotas).values([
      ...['2025-10-01', '2025-11-01', '2025-12-01'].map((m) => quota(rep, m, 200_000)),
      ...['2026-01-01', '2026-02-01', '2026-03-01'].map((m) => quota(rep, m, 300_000)),
      quota(rep, '2026-04-01', 300_000), // after pipelineTo
      quota(org.byRole.manager.userId, '2026-01-01', 1_000_000, 'USD'),
    ]);
    kpis = await loadDocumentKpis(db.db, { organizationId: org.organizationId, timeZone: 'Europe/Madrid', currency: 'EUR', ...periods });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('current period: backlog at its end includes older open orders; cancelled, USD and other organizations left out', () => {
    expect(kpis.current).toEqual({
      orderedMinor: 600_000, // O4 + O5 + O6
      deliveredMinor: 400_000, // O4
      backlogMinor: 300_000, // O1 + O5 + O6 (ordered − delivered would say 200,000)
      deliveries: 2, // O3 (1 January), O4
      onTimeDeliveries: 1, // O4
      invoicedMinor: 700_000, // I2 + I3 + I4
      receivablesMinor: 760_000, // I2 + I3 (paid after the end) + I4 + I6
      overdueMinor: 510_000, // I2 + I3 + I6
      overdueCount: 3,
      quotaMinor: 900_000,
      quotaByOwnerMinor: { [org.byRole.rep.userId]: 900_000 }, // the manager's USD quota is left out
      orderToDeliveryDays: [{ days: 15, count: 1 }, { days: 22, count: 1 }],
      orderToInvoiceDays: [{ days: 16, count: 1 }, { days: 26, count: 1 }],
    });
  });

  it('previous period: the same definitions at its own end', () => {
    expect(kpis.previous).toEqual({
      orderedMinor: 500_000, // O2 + O3
      deliveredMinor: 200_000, // O2
      backlogMinor: 400_000, // O1 + O3 (delivered 1 January local)
      deliveries: 1,
      onTimeDeliveries: 1,
      invoicedMinor: 280_000, // I1 + I5
      receivablesMinor: 140_000, // I5 (paid 1 January local) + I6
      overdueMinor: 140_000,
      overdueCount: 2,
      quotaMinor: 600_000,
      quotaByOwnerMinor: { [org.byRole.rep.userId]: 600_000 },
      orderToDeliveryDays: [{ days: 13, count: 1 }],
      orderToInvoiceDays: [{ days: 15, count: 1 }],
    });
  });

  it('gives the KPI tiles and their trends', () => {
    const input = (period: 'current' | 'previous', periodDays: number) =>
      kpiPeriodInput({ period, currency: 'EUR', periodDays, documents: kpis[period], closed: [], open: [], pipelineToMonth: periods[period].pipelineTo.slice(0, 7) });
    const k = computeKpis(input('current', 90), input('previous', 92));
    expect(k.orderBacklogMinor).toBe(300_000);
    expect(k.trends.orderBacklogMinor).toMatchObject({ previous: 400_000, delta: -100_000, change: -0.25, direction: 'down' });
    expect(k.fulfilmentRate).toBeCloseTo(2 / 3, 12);
    expect(k.trends.fulfilmentRate.previous).toBe(0.4);
    expect(k.orderToDelivery).toEqual({ count: 2, median: 18.5, p90: 21.3 }); // 15 + 0.9 × 7
    expect(k.orderToInvoice).toEqual({ count: 2, median: 21, p90: 25 }); // 16 + 0.9 × 10
    expect(k.trends.orderToDeliveryMedianDays.previous).toBe(13);
    expect(k.onTimeDeliveryRate).toBe(0.5);
    expect(k.trends.onTimeDeliveryRate.previous).toBe(1);
    expect(k.invoicedVsOrdered).toBeCloseTo(7 / 6, 12);
    expect(k.trends.invoicedVsOrdered.previous).toBe(0.56);
    expect(k.overdueMinor).toBe(510_000);
    expect(k.dsoDays).toBeCloseTo((760_000 / 700_000) * 90, 12);
    expect(k.trends.dsoDays.previous).toBe(46); // 140,000 / 280,000 × 92
  });

  it('counts each order for its owner (the deal’s when it has none), that owner’s team (the deal’s when the owner is the deal’s) and its deal’s pipeline; each invoice for its order’s', () => {
    const groups = documentsByGroup(kpis.cells);
    const rep = groups.get(`owner:${org.byRole.rep.userId}`)!;
    expect(rep.current).toMatchObject({
      orderedMinor: 550_000, // O4 (no owner: the deal's) + O5 (no deal, owned by the rep)
      deliveredMinor: 400_000,
      backlogMinor: 150_000, // O5
      deliveries: 1,
      onTimeDeliveries: 1,
      invoicedMinor: 400_000, // I3 + I4, O4's invoices
      receivablesMinor: 400_000,
      overdueMinor: 150_000, // I3
      overdueCount: 1,
      orderToDeliveryDays: [{ days: 15, count: 1 }],
      orderToInvoiceDays: [{ days: 16, count: 1 }],
    });
    expect(rep.previous).toMatchObject({ orderedMinor: 0, invoicedMinor: 0, backlogMinor: 0 });
    // O4 follows the deal's team, O5 the rep's first team only (not Zeta as well).
    expect(groups.get('team:team-south')!.current).toMatchObject({ orderedMinor: 400_000, backlogMinor: 0, invoicedMinor: 400_000, overdueMinor: 150_000 });
    expect(groups.get('team:team-north')!.current).toMatchObject({ orderedMinor: 150_000, backlogMinor: 150_000, invoicedMinor: 0, deliveries: 0 });
    expect(groups.has('team:team-zeta')).toBe(false);
    // The deal's pipeline has both of its orders: O4 now, O2 (the manager's) in the previous period.
    const pipeline = groups.get(`pipeline:${org.pipeline.id}`)!;
    expect(pipeline.current).toMatchObject({ orderedMinor: 400_000, backlogMinor: 0, invoicedMinor: 400_000 });
    expect(pipeline.previous).toMatchObject({ orderedMinor: 200_000, invoicedMinor: 200_000 });
    // O2 is the manager's own order: the manager and no team, although it comes from the rep's deal.
    const manager = groups.get(`owner:${org.byRole.manager.userId}`)!;
    expect(manager.previous).toMatchObject({ orderedMinor: 200_000, deliveredMinor: 200_000, invoicedMinor: 200_000, receivablesMinor: 0, orderToDeliveryDays: [{ days: 13, count: 1 }], orderToInvoiceDays: [{ days: 15, count: 1 }] });
    expect(groups.get('team:')!.previous).toEqual(manager.previous);
    // Orders and invoices with no owner and no deal (O1, O3, O6, I5, I6 …) count for the organization only.
    expect([...groups.keys()].sort()).toEqual([`owner:${org.byRole.manager.userId}`, `owner:${org.byRole.rep.userId}`, `pipeline:${org.pipeline.id}`, 'team:', 'team:team-north', 'team:team-south'].sort());
  });
});
