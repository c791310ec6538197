import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { computeKpis, type TKpiPeriodInput } from './kpis';
import { durationStats, trend } from './kpi-measures';

const empty: TKpiPeriodInput = {
  currency: 'EUR', periodDays: 30,
  orderedMinor: 0, deliveredMinor: 0, backlogMinor: 0, invoicedMinor: 0, receivablesMinor: 0, overdueMinor: 0, overdueCount: 0,
  deliveries: 0, onTimeDeliveries: 0, orderToDeliveryDays: [], orderToInvoiceDays: [],
  wonCount: 0, lostCount: 0, wonMinor: 0, salesCycleDays: [], openPipelineMinor: 0, quotaMinor: 0,
};

describe('computeKpis (hand-computed fixtures)', () => {
  it('an empty pipeline gives zeros and nulls, never NaN', () => {
    const k = computeKpis(empty, null);
    expect(k).toMatchObject({
      orderBacklogMinor: 0, fulfilmentRate: null, orderToDelivery: null, orderToInvoice: null, onTimeDeliveryRate: null,
      invoicedVsOrdered: null, overdueMinor: 0, overdueCount: 0, dsoDays: null, winRate: null, averageDealSizeMinor: null,
      salesCycle: null, pipelineCoverage: null,
    });
    expect(k.trends.winRate).toEqual({ previous: null, delta: null, change: null, direction: null });
    expect(JSON.stringify(k)).not.toContain('NaN');
  });

  it('a single won deal with one order, delivery and invoice', () => {
    const k = computeKpis({
      ...empty, orderedMinor: 120_000, deliveredMinor: 90_000, backlogMinor: 30_000, invoicedMinor: 60_000, receivablesMinor: 60_000,
      deliveries: 1, onTimeDeliveries: 1, orderToDeliveryDays: [12], orderToInvoiceDays: [15],
      wonCount: 1, wonMinor: 120_000, salesCycleDays: [41], openPipelineMinor: 300_000, quotaMinor: 270_000,
    }, null);
    expect(k.orderBacklogMinor).toBe(30_000);
    expect(k.fulfilmentRate).toBe(0.75);
    expect(k.invoicedVsOrdered).toBe(0.5);
    expect(k.onTimeDeliveryRate).toBe(1);
    expect(k.orderToDelivery).toEqual({ count: 1, median: 12, p90: 12 });
    expect(k.dsoDays).toBe(30); // 60,000 / 60,000 × 30 days
    expect(k.winRate).toBe(1);
    expect(k.averageDealSizeMinor).toBe(120_000);
    expect(k.salesCycle!.median).toBe(41);
    expect(k.pipelineCoverage).toBe(2); // 300,000 / (270,000 − 120,000)
  });

  it('all deals lost', () => {
    const k = computeKpis({ ...empty, lostCount: 7, openPipelineMinor: 50_000, quotaMinor: 100_000 }, null);
    expect(k.winRate).toBe(0);
    expect(k.averageDealSizeMinor).toBeNull();
    expect(k.pipelineCoverage).toBe(0.5);
  });

  it('several orders: backlog, lead-time median and p90, overdue, DSO, rounding of the average deal', () => {
    const k = computeKpis({
      ...empty, periodDays: 91, orderedMinor: 1_000_000, deliveredMinor: 900_000, backlogMinor: 350_000, invoicedMinor: 800_000, receivablesMinor: 260_000,
      overdueMinor: 45_000, overdueCount: 3, deliveries: 8, onTimeDeliveries: 6,
      orderToDeliveryDays: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20], orderToInvoiceDays: [10, 40, 20, 30],
      wonCount: 3, lostCount: 5, wonMinor: 100_000, openPipelineMinor: 900_000, quotaMinor: 100_000,
    }, null);
    expect(k.orderBacklogMinor).toBe(350_000); // the backlog at period end, orders from earlier periods included: not ordered − delivered
    expect(k.fulfilmentRate).toBe(0.9);
    expect(k.orderToDelivery).toEqual({ count: 10, median: 11, p90: 18.2 }); // R: quantile(c(2, 4, …, 20), 0.9) = 18.2
    expect(k.orderToInvoice).toEqual({ count: 4, median: 25, p90: 37 }); // 30 + 0.7 × (40 − 30)
    expect(k.onTimeDeliveryRate).toBe(0.75);
    expect(k.dsoDays).toBeCloseTo(29.575, 12); // 260,000 / 800,000 × 91
    expect(k.winRate).toBe(0.375);
    expect(k.averageDealSizeMinor).toBe(33_333); // 33,333.33 → half-up
    expect(k.pipelineCoverage).toBeNull(); // quota already met
  });

  it('trends against the previous period', () => {
    const k = computeKpis({ ...empty, wonCount: 3, lostCount: 1, wonMinor: 90_000 }, { ...empty, wonCount: 1, lostCount: 1, wonMinor: 30_000 });
    expect(k.trends.winRate).toEqual({ previous: 0.5, delta: 0.25, change: 0.5, direction: 'up' });
    expect(k.trends.averageDealSizeMinor).toMatchObject({ previous: 30_000, delta: 0, direction: 'flat' });
  });

  it('compares the backlog with the backlog at the end of the previous period', () => {
    const k = computeKpis({ ...empty, backlogMinor: 300_000 }, { ...empty, backlogMinor: 400_000 });
    expect(k.trends.orderBacklogMinor).toEqual({ previous: 400_000, delta: -100_000, change: -0.25, direction: 'down' });
  });

  it('refuses to mix currencies between periods', () => {
    expect(() => computeKpis(empty, { ...empty, currency: 'USD' })).toThrow(AppError);
    expect(() => computeKpis(empty, { ...empty, currency: 'USD' })).toThrow(/Cannot mix currencies/);
    expect(() => computeKpis({ ...empty, currency: 'euro' }, null)).toThrow(/3-letter/);
  });

  it.each([
    [{ orderedMinor: 10.5 }, /orderedMinor/],
    [{ backlogMinor: 1.5 }, /backlogMinor/],
    [{ backlogMinor: -1 }, /backlogMinor/],
    [{ onTimeDeliveries: 2, deliveries: 1 }, /on-time/],
    [{ salesCycleDays: [-1] }, /durations/],
  ])('refuses bad aggregates %#', (patch, message) => {
    expect(() => computeKpis({ ...empty, ...patch }, null)).toThrow(message);
  });
});

describe('KPI measures', () => {
  it.each([
    [100, 99.6, 'flat'],
    [100, 120, 'up'],
    [100, 80, 'down'],
    [0, 0, 'flat'],
    [0, 5, 'up'],
  ] as const)('trend %d → %d is %s', (before, now, direction) => expect(trend(now, before).direction).toBe(direction));

  it('duration stats of an empty list are null', () => expect(durationStats([])).toBeNull());
});
