import { describe, expect, it } from 'vitest';
import type { TClosedFact, TOpenCell } from './closed-facts';
import { documentsByGroup, NO_DOCUMENTS } from './document-groups';
import { groupKpiInputs } from './group-kpis';
import { byGroup } from './kpi-group';

const fact = (f: Partial<TClosedFact>): TClosedFact => ({
  status: 'won', ownerId: 'ana', teamId: 'north', pipelineId: 'p1', stage: 'Propose', probability: 75, fromEvent: true, sameCurrency: true, closeMonth: '2026-05',
  slip: 0, kpiPeriod: 'current', cycleDays: 30, openAtPreviousEnd: false, deals: 1, amountMinor: 1_000, ...f,
});
const cell = (c: Partial<TOpenCell>): TOpenCell => ({ month: '2026-05', ownerId: 'ana', teamId: 'north', pipelineId: 'p1', category: 'commit', existedBefore: true, deals: 1, amountMinor: 5_000, weightedMinor: 2_500, ...c });

describe('groupKpiInputs', () => {
  const facts = [
    fact({ deals: 2, amountMinor: 4_000 }),
    fact({ status: 'lost', deals: 1, amountMinor: 0, cycleDays: null }),
    fact({ ownerId: 'luis', teamId: null, pipelineId: 'p2', deals: 1, amountMinor: 9_000, cycleDays: 60 }),
    fact({ ownerId: 'luis', teamId: null, kpiPeriod: 'previous', deals: 3, amountMinor: 3_000 }),
  ];
  const groups = groupKpiInputs({
    currency: 'EUR',
    periodDays: { current: 90, previous: 92 },
    pipelineToMonth: { current: '2026-07', previous: '2026-04' },
    facts: byGroup(facts),
    open: [cell({}), cell({ ownerId: 'luis', teamId: null, amountMinor: 7_000 }), cell({ month: '2026-09' })],
    documents: { current: { quotaByOwnerMinor: { ana: 20_000, luis: 10_000, eva: 1_000 } }, previous: { quotaByOwnerMinor: { ana: 15_000 } } },
    teamOf: new Map([['ana', 'north'], ['luis', null], ['eva', 'north']]),
    documentsByGroup: documentsByGroup([
      { ownerId: 'ana', teamId: 'north', pipelineId: 'p1', current: { ...NO_DOCUMENTS, orderedMinor: 8_000, orderToDeliveryDays: [{ days: 4, count: 2 }] }, previous: { ...NO_DOCUMENTS, invoicedMinor: 500 } },
      // Eva has orders but no deals.
      { ownerId: 'eva', teamId: 'north', pipelineId: null, current: { ...NO_DOCUMENTS, orderedMinor: 1_000, backlogMinor: 1_000 }, previous: NO_DOCUMENTS },
    ]),
  });
  const of = (groupBy: string, key: string | null) => groups.find((g) => g.groupBy === groupBy && g.key === key)!;

  it('counts each group’s own closed deals and open pipeline (expected before the period’s pipeline horizon)', () => {
    expect(of('owner', 'ana').current).toMatchObject({ wonCount: 2, lostCount: 1, wonMinor: 4_000, salesCycleDays: [30, 30], openPipelineMinor: 5_000, quotaMinor: 20_000 });
    expect(of('owner', 'luis').current).toMatchObject({ wonCount: 1, lostCount: 0, wonMinor: 9_000, openPipelineMinor: 7_000, quotaMinor: 10_000 });
    expect(of('owner', 'luis').previous).toMatchObject({ wonCount: 3, wonMinor: 3_000 });
    expect(of('pipeline', 'p1').current).toMatchObject({ wonCount: 2, lostCount: 1, openPipelineMinor: 12_000, quotaMinor: 0 });
    expect(of('pipeline', 'p2').current).toMatchObject({ wonCount: 1, wonMinor: 9_000 });
  });

  it('gives a team its members’ quotas (by their team now) and finds the deals without a team', () => {
    expect(of('team', 'north').current.quotaMinor).toBe(21_000);
    expect(of('team', null).current).toMatchObject({ wonCount: 1, quotaMinor: 10_000, openPipelineMinor: 7_000 });
  });

  it('carries each group’s own orders and invoices, and none for a group without documents', () => {
    expect(of('owner', 'ana').current).toMatchObject({ orderedMinor: 8_000, invoicedMinor: 0, orderToDeliveryDays: [4, 4] });
    expect(of('owner', 'ana').previous).toMatchObject({ invoicedMinor: 500 });
    expect(of('team', 'north').current).toMatchObject({ orderedMinor: 9_000, backlogMinor: 1_000 });
    expect(of('pipeline', 'p1').current).toMatchObject({ orderedMinor: 8_000, backlogMinor: 0 });
    expect(of('owner', 'luis').current).toMatchObject({ orderedMinor: 0, invoicedMinor: 0, backlogMinor: 0, orderToDeliveryDays: [] });
  });

  it('has an input for an owner with documents but no deals', () => {
    expect(of('owner', 'eva').current).toMatchObject({ wonCount: 0, orderedMinor: 1_000, backlogMinor: 1_000, quotaMinor: 1_000 });
  });
});
