import type { TDocumentKpis } from './closed-facts';
import { groupKey, type TKpiGroup } from './kpi-group';

type TPeriod = 'current' | 'previous';

/**
 * The order and invoice KPIs of the documents that belong to one owner,
 * team and pipeline (see loadDocumentKpis for how a document is
 * attributed). Quotas are not documents: their fields stay zero here.
 */
export type TDocumentCell = { ownerId: string | null; teamId: string | null; pipelineId: string | null } & Record<TPeriod, TDocumentKpis>;

/** No orders, invoices or quota. */
export const NO_DOCUMENTS: TDocumentKpis = {
  orderedMinor: 0, deliveredMinor: 0, backlogMinor: 0, deliveries: 0, onTimeDeliveries: 0, invoicedMinor: 0, receivablesMinor: 0, overdueMinor: 0, overdueCount: 0, quotaMinor: 0,
  orderToDeliveryDays: [], orderToInvoiceDays: [], quotaByOwnerMinor: {},
};

const SUMMED = ['orderedMinor', 'deliveredMinor', 'backlogMinor', 'deliveries', 'onTimeDeliveries', 'invoicedMinor', 'receivablesMinor', 'overdueMinor', 'overdueCount'] as const;

/** Two sets of documents as one: amounts and counts added, lead-time histograms merged by days (quotas are a's). */
export function addDocuments(a: TDocumentKpis, b: TDocumentKpis): TDocumentKpis {
  const out = { ...a };
  for (const key of SUMMED) out[key] = a[key] + b[key];
  return { ...out, orderToDeliveryDays: mergeHistograms(a.orderToDeliveryDays, b.orderToDeliveryDays), orderToInvoiceDays: mergeHistograms(a.orderToInvoiceDays, b.orderToInvoiceDays) };
}

function mergeHistograms(a: TDocumentKpis['orderToDeliveryDays'], b: TDocumentKpis['orderToDeliveryDays']) {
  if (b.length === 0) return a;
  const counts = new Map<number, number>();
  for (const { days, count } of [...a, ...b]) counts.set(days, (counts.get(days) ?? 0) + count);
  return [...counts.entries()].sort((x, y) => x[0] - y[0]).map(([days, count]) => ({ days, count }));
}

/** Every cell added up: the organization's documents (without its quota). */
export function documentsTotal(cells: readonly TDocumentCell[]): Record<TPeriod, TDocumentKpis> {
  return {
    current: cells.reduce((sum, c) => addDocuments(sum, c.current), NO_DOCUMENTS),
    previous: cells.reduce((sum, c) => addDocuments(sum, c.previous), NO_DOCUMENTS),
  };
}

/**
 * The documents of each owner, team (key null: no team) and pipeline. A
 * cell without an owner (an order with neither a deal nor an owner, an
 * invoice without an order) counts for the organization only; one without
 * a pipeline (an order without a deal) for its owner and team only.
 */
export function documentsByGroup(cells: readonly TDocumentCell[]): Map<string, TKpiGroup & Record<TPeriod, TDocumentKpis>> {
  const out = new Map<string, TKpiGroup & Record<TPeriod, TDocumentKpis>>();
  const add = (group: TKpiGroup, cell: TDocumentCell) => {
    const key = groupKey(group);
    const entry = out.get(key) ?? { ...group, current: NO_DOCUMENTS, previous: NO_DOCUMENTS };
    out.set(key, { ...entry, current: addDocuments(entry.current, cell.current), previous: addDocuments(entry.previous, cell.previous) });
  };
  for (const cell of cells) {
    if (cell.ownerId === null) continue;
    add({ groupBy: 'owner', key: cell.ownerId }, cell);
    add({ groupBy: 'team', key: cell.teamId }, cell);
    if (cell.pipelineId !== null) add({ groupBy: 'pipeline', key: cell.pipelineId }, cell);
  }
  return out;
}
