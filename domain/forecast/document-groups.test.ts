import { describe, expect, it } from 'vitest';
import type { TDocumentKpis } from './closed-facts';
import { addDocuments, documentsByGroup, documentsTotal, NO_DOCUMENTS, type TDocumentCell } from './document-groups';

const docs = (d: Partial<TDocumentKpis>): TDocumentKpis => ({ ...NO_DOCUMENTS, ...d });
const cell = (ownerId: string | null, teamId: string | null, pipelineId: string | null, current: Partial<TDocumentKpis>, previous: Partial<TDocumentKpis> = {}): TDocumentCell =>
  ({ ownerId, teamId, pipelineId, current: docs(current), previous: docs(previous) });

describe('addDocuments', () => {
  it('adds amounts and counts and merges lead-time histograms by days', () => {
    const sum = addDocuments(
      docs({ orderedMinor: 100, overdueCount: 1, orderToDeliveryDays: [{ days: 3, count: 1 }, { days: 9, count: 2 }] }),
      docs({ orderedMinor: 50, backlogMinor: 7, overdueCount: 2, orderToDeliveryDays: [{ days: 1, count: 4 }, { days: 9, count: 1 }], orderToInvoiceDays: [{ days: 5, count: 1 }] }),
    );
    expect(sum).toMatchObject({ orderedMinor: 150, backlogMinor: 7, overdueCount: 3, orderToInvoiceDays: [{ days: 5, count: 1 }] });
    expect(sum.orderToDeliveryDays).toEqual([{ days: 1, count: 4 }, { days: 3, count: 1 }, { days: 9, count: 3 }]);
  });
});

describe('documentsTotal and documentsByGroup', () => {
  const cells = [
    cell('ana', 'north', 'p1', { orderedMinor: 1_000, orderToInvoiceDays: [{ days: 10, count: 1 }] }, { invoicedMinor: 300 }),
    cell('ana', 'north', 'p2', { orderedMinor: 2_000 }),
    cell('luis', null, 'p1', { orderedMinor: 4_000, orderToInvoiceDays: [{ days: 10, count: 2 }] }),
    cell('eva', 'north', null, { backlogMinor: 500 }), // an order without a deal: its owner's team, no pipeline
    cell(null, null, null, { invoicedMinor: 9_000 }), // an invoice without an order: the organization only
  ];

  it('sums every cell into the organization’s figures', () => {
    const total = documentsTotal(cells);
    expect(total.current).toMatchObject({ orderedMinor: 7_000, backlogMinor: 500, invoicedMinor: 9_000, orderToInvoiceDays: [{ days: 10, count: 3 }] });
    expect(total.previous.invoicedMinor).toBe(300);
  });

  it('gives each owner, team (null: no team) and pipeline its cells, and leaves ownerless ones to the organization', () => {
    const groups = documentsByGroup(cells);
    const of = (key: string) => groups.get(key)!;
    expect(of('owner:ana').current.orderedMinor).toBe(3_000);
    expect(of('owner:ana').previous.invoicedMinor).toBe(300);
    expect(of('team:north').current).toMatchObject({ orderedMinor: 3_000, backlogMinor: 500 });
    expect(of('team:').current.orderedMinor).toBe(4_000);
    expect(of('pipeline:p1').current).toMatchObject({ orderedMinor: 5_000, orderToInvoiceDays: [{ days: 10, count: 3 }] });
    expect(of('pipeline:p2').current.orderedMinor).toBe(2_000);
    expect([...groups.keys()].sort()).toEqual(['owner:ana', 'owner:eva', 'owner:luis', 'pipeline:p1', 'pipeline:p2', 'team:', 'team:north']);
    expect([...groups.values()].some((g) => g.current.invoicedMinor === 9_000)).toBe(false);
  });
});
