import { kpiPeriodInput, type TClosedFact, type TDocumentKpis, type TOpenCell } from './closed-facts';
import type { TKpiPeriodInput } from './kpis';

type TPeriod = 'current' | 'previous';
export type TKpiGroup = { groupBy: 'owner' | 'team' | 'pipeline'; key: string | null };

/** The KPIs that belong to deals, so to an owner, a team or a pipeline; orders and cash stay the organization's. */
export const SALES_KPI_KEYS = ['winRate', 'averageDealSizeMinor', 'salesCycleDays', 'pipelineCoverage'] as const;

/** No orders or invoices: a group's input carries only its deals and its quota. */
const NO_DOCUMENTS: TDocumentKpis = {
  orderedMinor: 0, deliveredMinor: 0, backlogMinor: 0, deliveries: 0, onTimeDeliveries: 0, invoicedMinor: 0, receivablesMinor: 0, overdueMinor: 0, overdueCount: 0, quotaMinor: 0,
  orderToDeliveryDays: [], orderToInvoiceDays: [], quotaByOwnerMinor: {},
};

const keyOf = (g: TKpiGroup) => `${g.groupBy}:${g.key ?? ''}`;
const groupsOf = (r: { ownerId: string; teamId: string | null; pipelineId: string }): TKpiGroup[] => [
  { groupBy: 'owner', key: r.ownerId },
  { groupBy: 'team', key: r.teamId },
  { groupBy: 'pipeline', key: r.pipelineId },
];

/** Closed facts by owner, team and pipeline (each fact in its three groups). */
export function factsByGroup(facts: readonly TClosedFact[]): Map<string, { group: TKpiGroup; facts: TClosedFact[] }> {
  const out = new Map<string, { group: TKpiGroup; facts: TClosedFact[] }>();
  for (const f of facts) {
    for (const group of groupsOf(f)) {
      const entry = out.get(keyOf(group)) ?? { group, facts: [] };
      entry.facts.push(f);
      out.set(keyOf(group), entry);
    }
  }
  return out;
}

/**
 * The sales side of the KPI inputs per owner, team and pipeline that has
 * closed or open deals: each group's closed deals and open pipeline, as
 * the organization's are computed (kpiPeriodInput), and its quota: an
 * owner's own, a team's is its members' (by their team now), a pipeline
 * has none (its coverage is then unknown, not zero).
 */
export function groupKpiInputs(input: {
  currency: string;
  periodDays: Record<TPeriod, number>;
  pipelineToMonth: Record<TPeriod, string>;
  facts: ReturnType<typeof factsByGroup>;
  documents: Record<TPeriod, Pick<TDocumentKpis, 'quotaByOwnerMinor'>>;
  open: readonly TOpenCell[];
  teamOf: ReadonlyMap<string, string | null>;
}): (TKpiGroup & Record<TPeriod, TKpiPeriodInput>)[] {
  const cells = new Map<string, TOpenCell[]>();
  const groups = new Map<string, TKpiGroup>([...input.facts.values()].map((e) => [keyOf(e.group), e.group]));
  for (const c of input.open) {
    for (const group of groupsOf(c)) {
      const list = cells.get(keyOf(group)) ?? [];
      list.push(c);
      cells.set(keyOf(group), list);
      groups.set(keyOf(group), group);
    }
  }
  const quotaOf = (group: TKpiGroup, period: TPeriod) => {
    const quotas = input.documents[period].quotaByOwnerMinor;
    if (group.groupBy === 'owner') return quotas[group.key!] ?? 0;
    if (group.groupBy === 'team') return Object.entries(quotas).reduce((sum, [owner, amount]) => sum + ((input.teamOf.get(owner) ?? null) === group.key ? amount : 0), 0);
    return 0;
  };
  const periodInput = (group: TKpiGroup, period: TPeriod) =>
    kpiPeriodInput({
      period,
      currency: input.currency,
      periodDays: input.periodDays[period],
      documents: { ...NO_DOCUMENTS, quotaMinor: quotaOf(group, period) },
      closed: input.facts.get(keyOf(group))?.facts ?? [],
      open: cells.get(keyOf(group)) ?? [],
      pipelineToMonth: input.pipelineToMonth[period],
    });
  return [...groups.values()]
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1))
    .map((group) => ({ ...group, current: periodInput(group, 'current'), previous: periodInput(group, 'previous') }));
}
