import { kpiPeriodInput, openPipelineNow, type TClosedFact, type TDocumentKpis, type TOpenCell } from './closed-facts';
import { NO_DOCUMENTS } from './document-groups';
import { byGroup, groupKey as keyOf, type TByGroup, type TKpiGroup } from './kpi-group';
import type { TKpiPeriodInput } from './kpis';

type TPeriod = 'current' | 'previous';

/** The KPIs of deals: all a snapshot stored before orders and invoices were broken down has per group (see kpis.documentsByGroup). */
export const SALES_KPI_KEYS = ['winRate', 'averageDealSizeMinor', 'salesCycleDays', 'pipelineCoverage'] as const;

type TGroupInputs = TKpiGroup & Record<TPeriod, TKpiPeriodInput>;

/**
 * The KPI inputs per owner, team and pipeline that has closed deals or
 * documents, without their open pipeline (added per run by
 * withGroupPipeline): each group's closed deals and its orders and invoices
 * (documentsByGroup) as the organization's are computed (kpiPeriodInput),
 * and its quota: an owner's own, a team's is its members' (by their team
 * now), a pipeline has none (its coverage is then unknown, not zero). The
 * same until closed deals or documents change.
 */
export function groupClosedKpiInputs(input: {
  currency: string;
  periodDays: Record<TPeriod, number>;
  pipelineToMonth: Record<TPeriod, string>;
  /** Closed facts by group (byGroup). */
  facts: TByGroup<TClosedFact>;
  documents: Record<TPeriod, Pick<TDocumentKpis, 'quotaByOwnerMinor'>>;
  /** Each group's orders and invoices (documentsByGroup). */
  documentsByGroup: ReadonlyMap<string, TKpiGroup & Record<TPeriod, TDocumentKpis>>;
  teamOf: ReadonlyMap<string, string | null>;
}) {
  const quotaOf = (group: TKpiGroup, period: TPeriod) => {
    const quotas = input.documents[period].quotaByOwnerMinor;
    if (group.groupBy === 'owner') return quotas[group.key!] ?? 0;
    if (group.groupBy === 'team') return Object.entries(quotas).reduce((sum, [owner, amount]) => sum + ((input.teamOf.get(owner) ?? null) === group.key ? amount : 0), 0);
    return 0;
  };
  const inputsOf = (group: TKpiGroup): TGroupInputs => {
    const periodInput = (period: TPeriod) =>
      kpiPeriodInput({
        period,
        currency: input.currency,
        periodDays: input.periodDays[period],
        documents: { ...(input.documentsByGroup.get(keyOf(group))?.[period] ?? NO_DOCUMENTS), quotaMinor: quotaOf(group, period) },
        closed: input.facts.get(keyOf(group))?.rows ?? [],
        open: [],
        pipelineToMonth: input.pipelineToMonth[period],
      });
    return { ...group, current: periodInput('current'), previous: periodInput('previous') };
  };
  const groups = [...[...input.facts.values()].map((e) => e.group), ...input.documentsByGroup.values()];
  return { byKey: new Map(groups.map((g) => [keyOf(g), inputsOf({ groupBy: g.groupBy, key: g.key })])), inputsOf, pipelineToMonth: input.pipelineToMonth };
}

/** A run's group inputs: the cached closed part plus each group's open pipeline now (groups with open deals only get a closed part of zeros). */
export function withGroupPipeline(closed: ReturnType<typeof groupClosedKpiInputs>, open: readonly TOpenCell[]): TGroupInputs[] {
  const cells = byGroup(open);
  const keys = [...new Set([...closed.byKey.keys(), ...cells.keys()])].sort();
  return keys.map((key) => {
    const base = closed.byKey.get(key) ?? closed.inputsOf(cells.get(key)!.group);
    const mine = cells.get(key)?.rows ?? [];
    const add = (period: TPeriod) => ({ ...base[period], openPipelineMinor: base[period].openPipelineMinor + openPipelineNow(mine, period, closed.pipelineToMonth[period]) });
    return { ...base, current: add('current'), previous: add('previous') };
  });
}

/** Both steps at once (see groupClosedKpiInputs and withGroupPipeline). */
export function groupKpiInputs(input: Parameters<typeof groupClosedKpiInputs>[0] & { open: readonly TOpenCell[] }): TGroupInputs[] {
  return withGroupPipeline(groupClosedKpiInputs(input), input.open);
}
