import { AppError } from '../app-error';
import { assertSingleCurrency } from './currency-guard';
import { averageDealSize, daysSalesOutstanding, durationStats, pipelineCoverage, ratio, trend, winRate, type TTrend } from './kpi-measures';

/** One period's aggregates, as the SQL side computes them. Money in integer minor units of `currency`. */
export type TKpiPeriodInput = {
  currency: string;
  /** Length of the period in days (for DSO). */
  periodDays: number;
  /** Orders placed in the period, and the part of them delivered by its end. */
  orderedMinor: number;
  deliveredMinor: number;
  /**
   * Order backlog at the period's end: non-cancelled orders placed on or
   * before it (in any earlier period too) and not delivered by then.
   */
  backlogMinor: number;
  invoicedMinor: number;
  /** Open (unpaid) invoice amounts at period end, and the part past its due date. */
  receivablesMinor: number;
  overdueMinor: number;
  overdueCount: number;
  /** Deliveries of the period and how many arrived on or before the promised date. */
  deliveries: number;
  onTimeDeliveries: number;
  /** Days from order to (first) delivery and to (first) invoice, one entry per order. */
  orderToDeliveryDays: number[];
  orderToInvoiceDays: number[];
  /** Deals closed in the period. */
  wonCount: number;
  lostCount: number;
  wonMinor: number;
  /** Days from creation to close of won deals. */
  salesCycleDays: number[];
  openPipelineMinor: number;
  quotaMinor: number;
};

type TKpiValues = ReturnType<typeof periodKpis>;

/** Tiles with a trend arrow; durations compare their medians. */
const trendOf = {
  orderBacklogMinor: (k: TKpiValues) => k.orderBacklogMinor,
  fulfilmentRate: (k: TKpiValues) => k.fulfilmentRate,
  orderToDeliveryMedianDays: (k: TKpiValues) => k.orderToDelivery?.median ?? null,
  orderToInvoiceMedianDays: (k: TKpiValues) => k.orderToInvoice?.median ?? null,
  onTimeDeliveryRate: (k: TKpiValues) => k.onTimeDeliveryRate,
  invoicedVsOrdered: (k: TKpiValues) => k.invoicedVsOrdered,
  overdueMinor: (k: TKpiValues) => k.overdueMinor,
  dsoDays: (k: TKpiValues) => k.dsoDays,
  winRate: (k: TKpiValues) => k.winRate,
  averageDealSizeMinor: (k: TKpiValues) => k.averageDealSizeMinor,
  salesCycleMedianDays: (k: TKpiValues) => k.salesCycle?.median ?? null,
  pipelineCoverage: (k: TKpiValues) => k.pipelineCoverage,
};

/**
 * The executive KPI tiles for a period, each with its trend against the
 * previous period (same definitions applied to both). Rates are shares
 * 0–1 (null when there is nothing to measure), money stays in minor units,
 * durations in days. Both periods must be in the same currency
 * (INVALID_INPUT otherwise: no conversion happens here).
 */
export function computeKpis(current: TKpiPeriodInput, previous: TKpiPeriodInput | null) {
  assertSingleCurrency(current.currency, previous ? [previous] : [], 'the previous period');
  const now = periodKpis(current);
  const before = previous ? periodKpis(previous) : null;
  const trends = Object.fromEntries(Object.entries(trendOf).map(([key, pick]) => [key, trend(pick(now), before ? pick(before) : null)])) as Record<keyof typeof trendOf, TTrend>;
  return { ...now, trends };
}

function periodKpis(p: TKpiPeriodInput) {
  validate(p);
  return {
    currency: p.currency,
    /** Ordered but not delivered at the period's end, whenever ordered, in minor units. */
    orderBacklogMinor: p.backlogMinor,
    /** Delivered value ÷ ordered value. */
    fulfilmentRate: ratio(p.deliveredMinor, p.orderedMinor),
    orderToDelivery: durationStats(p.orderToDeliveryDays),
    orderToInvoice: durationStats(p.orderToInvoiceDays),
    onTimeDeliveryRate: ratio(p.onTimeDeliveries, p.deliveries),
    /** Invoiced value ÷ ordered value. */
    invoicedVsOrdered: ratio(p.invoicedMinor, p.orderedMinor),
    overdueMinor: p.overdueMinor,
    overdueCount: p.overdueCount,
    dsoDays: daysSalesOutstanding(p.receivablesMinor, p.invoicedMinor, p.periodDays),
    winRate: winRate(p.wonCount, p.lostCount),
    averageDealSizeMinor: averageDealSize(p.wonMinor, p.wonCount),
    salesCycle: durationStats(p.salesCycleDays),
    pipelineCoverage: pipelineCoverage(p.openPipelineMinor, p.quotaMinor, p.wonMinor),
  };
}

function validate(p: TKpiPeriodInput): void {
  if (!Number.isSafeInteger(p.backlogMinor) || p.backlogMinor < 0) invalid(`backlogMinor must be whole minor units ≥ 0 (got ${p.backlogMinor})`);
  const money = ['orderedMinor', 'deliveredMinor', 'invoicedMinor', 'receivablesMinor', 'overdueMinor', 'wonMinor', 'openPipelineMinor', 'quotaMinor'] as const;
  const counts = ['overdueCount', 'deliveries', 'onTimeDeliveries', 'wonCount', 'lostCount', 'periodDays'] as const;
  for (const key of money) if (!Number.isSafeInteger(p[key]) || p[key] < 0) invalid(`${key} must be whole minor units ≥ 0 (got ${p[key]})`);
  for (const key of counts) if (!Number.isInteger(p[key]) || p[key] < 0) invalid(`${key} must be a whole number ≥ 0 (got ${p[key]})`);
  if (p.onTimeDeliveries > p.deliveries) invalid('on-time deliveries cannot exceed deliveries');
  for (const days of [p.orderToDeliveryDays, p.orderToInvoiceDays, p.salesCycleDays]) if (days.some((d) => !(d >= 0))) invalid('durations must be days ≥ 0');
}

function invalid(message: string): never {
  throw new AppError('INVALID_INPUT', { message: `KPIs: ${message}` });
}
