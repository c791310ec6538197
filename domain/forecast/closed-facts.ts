import { addMonths, type TMonth } from '../invoicing/months';
import type { TKpiPeriodInput } from './kpis';
import { quarterOf } from './quarters';
import type { TForecastPipelineRow } from './snapshot';

/** One group of closed deals as loaded in one SQL scan (see db/queries/forecast/closed-deal-facts.ts). */
export type TClosedFact = {
  status: 'won' | 'lost';
  ownerId: string;
  teamId: string | null;
  pipelineId: string;
  stage: string;
  /** Probability before closing, whole percent. */
  probability: number;
  fromEvent: boolean;
  /** In the organization's currency (money sums use only these). */
  sameCurrency: boolean;
  closeMonth: string | null;
  /** Months late (won deals), ≥ 0. */
  slip: number | null;
  kpiPeriod: 'current' | 'previous' | null;
  /** Engage (or creation) to close, won deals of a KPI period. */
  cycleDays: number | null;
  openAtPreviousEnd: boolean;
  deals: number;
  amountMinor: number;
};

/** Open deals grouped by expected month, owner, team, pipeline and category; weighted rounded per deal. */
export type TOpenCell = {
  month: string;
  ownerId: string;
  teamId: string | null;
  pipelineId: string;
  category: 'pipeline' | 'best_case' | 'commit' | 'omitted' | 'closed';
  existedBefore: boolean;
  deals: number;
  amountMinor: number;
  weightedMinor: number;
};

/** The order and invoice side of one KPI period; lead times as (days, count) histograms. */
export type TDocumentKpis = Pick<TKpiPeriodInput, 'orderedMinor' | 'deliveredMinor' | 'backlogMinor' | 'deliveries' | 'onTimeDeliveries' | 'invoicedMinor' | 'receivablesMinor' | 'overdueMinor' | 'overdueCount' | 'quotaMinor'> & {
  orderToDeliveryDays: { days: number; count: number }[];
  orderToInvoiceDays: { days: number; count: number }[];
  /** Each owner's part of `quotaMinor` (for the owners' and teams' coverage). */
  quotaByOwnerMinor: Record<string, number>;
};

type TGroupBy = TForecastPipelineRow['groupBy'];
/** A pipeline row as computed now (stored snapshots from before weightedByCategory lack it). */
type TPipelineRow = TForecastPipelineRow & Required<Pick<TForecastPipelineRow, 'weightedByCategory'>>;
const isOpenCategory = (c: string) => c === 'pipeline' || c === 'best_case' || c === 'commit';

/**
 * The pipeline report from grouped rows: open deals in their expected month
 * (overdue ones in the first month, later than the horizon left out), won
 * deals in their close month as 'closed'; per month and quarter, for the
 * organization and per owner, team and pipeline. Same figures as
 * pipelineReport() over single deals, since weighted amounts were rounded per deal in SQL.
 */
export function pipelineRows(open: readonly TOpenCell[], closed: readonly TClosedFact[], months: readonly TMonth[]): TForecastPipelineRow[] {
  const first = months[0]!;
  const end = addMonths(months[months.length - 1]!, 1);
  const cells = new Map<string, TPipelineRow>();
  const add = (month: string, c: { ownerId: string; teamId: string | null; pipelineId: string; deals: number; amountMinor: number; weightedMinor: number }, category: TOpenCell['category']) => {
    const keys: [TGroupBy, string | null][] = [['all', null], ['owner', c.ownerId], ['team', c.teamId], ['pipeline', c.pipelineId]];
    for (const [groupBy, key] of keys) {
      for (const [period, bucket] of [['month', month], ['quarter', quarterOf(month as TMonth)]] as const) {
        const id = `${groupBy}|${key}|${bucket}`;
        let row = cells.get(id);
        if (!row) cells.set(id, (row = emptyRow(groupBy, key, period, bucket)));
        row.deals += c.deals;
        row.byCategory[category] += c.amountMinor;
        row.weightedByCategory[category] += category === 'closed' ? c.amountMinor : category === 'omitted' ? 0 : c.weightedMinor;
        if (isOpenCategory(category)) {
          row.unweightedMinor += c.amountMinor;
          row.weightedMinor += c.weightedMinor;
        }
      }
    }
  };
  for (const c of open) if (c.month < end) add(c.month < first ? first : c.month, c, c.category);
  for (const f of closed) if (f.status === 'won' && f.sameCurrency && f.closeMonth && f.closeMonth >= first && f.closeMonth < end) add(f.closeMonth, { ...f, weightedMinor: 0 }, 'closed');
  for (const row of cells.values()) {
    const c = row.byCategory;
    row.rollup = { closed: c.closed, commit: c.closed + c.commit, bestCase: c.closed + c.commit + c.best_case, openPipeline: c.pipeline + c.best_case + c.commit };
  }
  return [...cells.values()];
}

function emptyRow(groupBy: TGroupBy, key: string | null, period: 'month' | 'quarter', bucket: string): TPipelineRow {
  return { groupBy, key, period, bucket, deals: 0, unweightedMinor: 0, weightedMinor: 0, byCategory: { pipeline: 0, best_case: 0, commit: 0, closed: 0, omitted: 0 }, weightedByCategory: { pipeline: 0, best_case: 0, commit: 0, closed: 0, omitted: 0 }, rollup: { closed: 0, commit: 0, bestCase: 0, openPipeline: 0 } };
}

/** Won amount (organization currency) and deal count by close month, for the organization and per owner, team and pipeline. */
export function bookingRows(closed: readonly TClosedFact[]) {
  const out = new Map<string, { groupBy: TGroupBy; key: string | null; month: string; amountMinor: number; deals: number }>();
  for (const f of closed) {
    if (f.status !== 'won' || !f.sameCurrency || !f.closeMonth) continue;
    for (const [groupBy, key] of [['all', null], ['owner', f.ownerId], ['team', f.teamId], ['pipeline', f.pipelineId]] as [TGroupBy, string | null][]) {
      const id = `${groupBy}|${key}|${f.closeMonth}`;
      const row = out.get(id) ?? { groupBy, key, month: f.closeMonth, amountMinor: 0, deals: 0 };
      row.amountMinor += f.amountMinor;
      row.deals += f.deals;
      out.set(id, row);
    }
  }
  return [...out.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Won and lost counts of all time, per owner and overall (ownerId null). */
export function winCounts(closed: readonly TClosedFact[]): { ownerId: string | null; won: number; lost: number }[] {
  const out = new Map<string | null, { ownerId: string | null; won: number; lost: number }>([[null, { ownerId: null, won: 0, lost: 0 }]]);
  for (const f of closed) {
    for (const id of [null, f.ownerId]) {
      const row = out.get(id) ?? { ownerId: id, won: 0, lost: 0 };
      row[f.status] += f.deals;
      out.set(id, row);
    }
  }
  return [...out.values()];
}

/** Closed deals by stage, probability before closing and outcome (calibration input). */
export function calibrationGroups(closed: readonly TClosedFact[]) {
  const out = new Map<string, { stage: string; probability: number; won: boolean; deals: number }>();
  for (const f of closed) {
    const id = `${f.stage}|${f.probability}|${f.status}`;
    const row = out.get(id) ?? { stage: f.stage, probability: f.probability, won: f.status === 'won', deals: 0 };
    row.deals += f.deals;
    out.set(id, row);
  }
  return [...out.values()].sort((a, b) => a.stage.localeCompare(b.stage) || a.probability - b.probability || Number(a.won) - Number(b.won));
}

/** Slip histogram of won deals: months late → deals. */
export function slippageHistogram(closed: readonly TClosedFact[]): { months: number; deals: number }[] {
  const out = new Map<number, number>();
  for (const f of closed) if (f.status === 'won' && f.slip !== null) out.set(f.slip, (out.get(f.slip) ?? 0) + f.deals);
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([months, deals]) => ({ months, deals }));
}

/**
 * One period's KPI input: documents from SQL, closed deals of the period
 * from the facts, open pipeline expected before `pipelineTo` (month,
 * exclusive). The previous period's pipeline is the deals open at its end
 * (created before, closed after), with today's amounts and dates.
 */
export function kpiPeriodInput(input: {
  period: 'current' | 'previous';
  currency: string;
  periodDays: number;
  documents: TDocumentKpis;
  closed: readonly TClosedFact[];
  open: readonly TOpenCell[];
  pipelineToMonth: string;
}): TKpiPeriodInput {
  const mine = input.closed.filter((f) => f.kpiPeriod === input.period);
  const expand = (h: { days: number; count: number }[]) => h.flatMap((x) => Array<number>(x.count).fill(x.days));
  const openThen = input.period === 'previous' ? input.closed.filter((f) => f.openAtPreviousEnd && f.sameCurrency) : [];
  const { orderToDeliveryDays, orderToInvoiceDays, quotaByOwnerMinor: _byOwner, ...documents } = input.documents;
  return {
    currency: input.currency,
    periodDays: input.periodDays,
    ...documents,
    orderToDeliveryDays: expand(orderToDeliveryDays),
    orderToInvoiceDays: expand(orderToInvoiceDays),
    wonCount: sum(mine.filter((f) => f.status === 'won'), (f) => f.deals),
    lostCount: sum(mine.filter((f) => f.status === 'lost'), (f) => f.deals),
    wonMinor: sum(mine.filter((f) => f.status === 'won' && f.sameCurrency), (f) => f.amountMinor),
    salesCycleDays: mine.flatMap((f) => (f.status === 'won' && f.cycleDays !== null ? Array<number>(f.deals).fill(f.cycleDays) : [])),
    openPipelineMinor: openPipelineNow(input.open, input.period, input.pipelineToMonth) + sum(openThen, (f) => f.amountMinor),
  };
}

/** Open pipeline today expected before `pipelineToMonth` (the previous period counts only deals that existed before it ended). */
export function openPipelineNow(open: readonly TOpenCell[], period: 'current' | 'previous', pipelineToMonth: string): number {
  return sum(
    open.filter((c) => c.month < pipelineToMonth && c.category !== 'omitted' && (period === 'current' || c.existedBefore)),
    (c) => c.amountMinor,
  );
}

const sum = <T>(items: readonly T[], of: (item: T) => number) => items.reduce((s, x) => s + of(x), 0);

/**
 * Closed-deal groups summed by their keys, in a fixed order: the facts of a
 * full scan, or those plus the facts of deals closed since (an incremental
 * run), give the same list.
 */
export function mergeFacts(...lists: (readonly TClosedFact[])[]): TClosedFact[] {
  const out = new Map<string, TClosedFact>();
  for (const list of lists) {
    for (const f of list) {
      const key = [f.status, f.ownerId, f.teamId, f.pipelineId, f.stage, f.probability, f.fromEvent, f.sameCurrency, f.closeMonth, f.slip, f.kpiPeriod, f.cycleDays, f.openAtPreviousEnd].join('|');
      const row = out.get(key);
      if (row) {
        row.deals += f.deals;
        row.amountMinor += f.amountMinor;
      } else out.set(key, { ...f });
    }
  }
  return [...out.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, f]) => f);
}
