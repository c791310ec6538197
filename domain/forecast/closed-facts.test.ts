import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { TMonth } from '../invoicing/months';
import { bookingRows, calibrationGroups, kpiPeriodInput, pipelineRows, slippageHistogram, winCounts, type TClosedFact, type TOpenCell } from './closed-facts';
import { pipelineReport, weightedAmount, type TPipelineDeal } from './pipeline';

const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02'] as TMonth[];
const sortRows = <T extends { groupBy: string; key: string | null; bucket: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.groupBy}|${a.key}|${a.bucket}`.localeCompare(`${b.groupBy}|${b.key}|${b.bucket}`));

describe('pipelineRows (grouped rows from SQL)', () => {
  it('gives exactly what pipelineReport gives over the single deals', () => {
    const random = createRandom('closed-facts');
    const deals: TPipelineDeal[] = Array.from({ length: 300 }, () => ({
      amountMinor: random.int(0, 5_000_000),
      currency: 'EUR',
      probability: random.pick([0, 10, 25, 33, 50, 75, 90, 100]),
      month: random.pick(months),
      category: random.pick(['pipeline', 'best_case', 'commit', 'omitted', 'closed'] as const),
      ownerId: random.pick(['ana', 'ben', 'eva']),
      teamId: random.pick(['north', null]),
      pipelineId: random.pick(['p1', 'p2']),
    }));
    // What SQL returns: open deals grouped with per-deal rounding; won deals as closed facts.
    const open = new Map<string, TOpenCell>();
    const closed: TClosedFact[] = [];
    for (const d of deals) {
      if (d.category === 'closed') {
        closed.push({ status: 'won', ownerId: d.ownerId, teamId: d.teamId, pipelineId: d.pipelineId, stage: 'Won', probability: 100, fromEvent: false, sameCurrency: true, closeMonth: d.month, slip: 0, kpiPeriod: null, cycleDays: null, openAtPreviousEnd: false, deals: 1, amountMinor: d.amountMinor });
        continue;
      }
      const key = [d.month, d.ownerId, d.teamId, d.pipelineId, d.category].join('|');
      const cell = open.get(key) ?? { month: d.month, ownerId: d.ownerId, teamId: d.teamId, pipelineId: d.pipelineId, category: d.category, existedBefore: true, deals: 0, amountMinor: 0, weightedMinor: 0 };
      cell.deals++;
      cell.amountMinor += d.amountMinor;
      // As the open-deal book files them: every open cell carries its weighted amount, omitted ones too.
      cell.weightedMinor += weightedAmount(d.amountMinor, d.probability);
      open.set(key, cell);
    }
    expect(sortRows(pipelineRows([...open.values()], closed, months))).toEqual(sortRows(pipelineReport(deals, months, 'EUR')));
  });

  it('counts overdue open deals in the first month and leaves deals after the horizon out', () => {
    const cell = (month: string): TOpenCell => ({ month, ownerId: 'ana', teamId: null, pipelineId: 'p1', category: 'commit', existedBefore: true, deals: 1, amountMinor: 1000, weightedMinor: 500 });
    const rows = pipelineRows([cell('2025-11'), cell('2027-03')], [], months);
    const all = rows.filter((r) => r.groupBy === 'all' && r.period === 'month');
    expect(all).toEqual([expect.objectContaining({ bucket: '2026-03', deals: 1, unweightedMinor: 1000, weightedMinor: 500 })]);
  });
});

describe('derivations from closed-deal facts', () => {
  const fact = (f: Partial<TClosedFact>): TClosedFact => ({ status: 'won', ownerId: 'ana', teamId: null, pipelineId: 'p1', stage: 'Qualify', probability: 50, fromEvent: false, sameCurrency: true, closeMonth: '2026-01', slip: 0, kpiPeriod: null, cycleDays: null, openAtPreviousEnd: false, deals: 1, amountMinor: 100, ...f });
  const facts = [
    fact({ deals: 2, amountMinor: 300, slip: 1 }),
    fact({ status: 'lost', ownerId: 'ben', deals: 3, amountMinor: 900, slip: null, probability: 25 }),
    fact({ closeMonth: '2026-02', sameCurrency: false, amountMinor: 5_000 }),
    fact({ kpiPeriod: 'current', cycleDays: 40, deals: 2, amountMinor: 400, closeMonth: '2026-03' }),
  ];

  it('books won amounts in the organization currency only, and counts wins and losses by owner', () => {
    expect(bookingRows(facts).filter((b) => b.groupBy === 'all')).toEqual([
      { groupBy: 'all', key: null, month: '2026-01', amountMinor: 300, deals: 2 },
      { groupBy: 'all', key: null, month: '2026-03', amountMinor: 400, deals: 2 },
    ]);
    expect(winCounts(facts)).toEqual([{ ownerId: null, won: 5, lost: 3 }, { ownerId: 'ana', won: 5, lost: 0 }, { ownerId: 'ben', won: 0, lost: 3 }]);
    expect(calibrationGroups(facts)).toEqual([{ stage: 'Qualify', probability: 25, won: false, deals: 3 }, { stage: 'Qualify', probability: 50, won: true, deals: 5 }]);
    expect(slippageHistogram(facts)).toEqual([{ months: 0, deals: 3 }, { months: 1, deals: 2 }]);
  });

  it('builds a KPI period from documents, the period\'s closed deals and the open pipeline before its end', () => {
    const documents = { orderedMinor: 10, deliveredMinor: 5, backlogMinor: 8, deliveries: 2, onTimeDeliveries: 1, invoicedMinor: 7, receivablesMinor: 3, overdueMinor: 1, overdueCount: 1, quotaMinor: 1000, quotaByOwnerMinor: {}, orderToDeliveryDays: [{ days: 3, count: 2 }], orderToInvoiceDays: [] };
    const open: TOpenCell[] = [
      { month: '2026-03', ownerId: 'ana', teamId: null, pipelineId: 'p1', category: 'commit', existedBefore: true, deals: 1, amountMinor: 700, weightedMinor: 350 },
      { month: '2026-04', ownerId: 'ana', teamId: null, pipelineId: 'p1', category: 'commit', existedBefore: true, deals: 1, amountMinor: 99, weightedMinor: 9 },
      { month: '2026-03', ownerId: 'ana', teamId: null, pipelineId: 'p1', category: 'omitted', existedBefore: true, deals: 1, amountMinor: 55, weightedMinor: 0 },
    ];
    const input = kpiPeriodInput({ period: 'current', currency: 'EUR', periodDays: 30, documents, closed: facts, open, pipelineToMonth: '2026-04' });
    expect(input).toMatchObject({ wonCount: 2, lostCount: 0, wonMinor: 400, salesCycleDays: [40, 40], orderToDeliveryDays: [3, 3], orderToInvoiceDays: [], openPipelineMinor: 700, quotaMinor: 1000 });
  });
});
