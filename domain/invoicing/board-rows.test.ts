import { describe, expect, it } from 'vitest';
import { buildBoardRows, type TAggregate } from './board-rows';

const agg = (lane: TAggregate['lane'], month: string, status: string, count: number, amountMinor: number, weightedMinor = 0): TAggregate => ({ lane, month, status, count, amountMinor, weightedMinor });

describe('buildBoardRows', () => {
  const months = ['2026-03', '2026-04'];
  const rows = buildBoardRows(
    [
      agg('opportunities', '2026-03', 'open', 2, 130_001, 57_500),
      agg('opportunities', '2026-04', 'won', 1, 50_000),
      agg('orders', '2026-03', 'confirmed', 1, 120_000),
      agg('orders', '2026-03', 'invoiced', 1, 80_000),
      agg('invoices', '2026-03', 'overdue', 1, 50_000),
      agg('invoices', '2026-03', 'pending', 1, 20_000),
      agg('invoices', '2026-04', 'paid', 1, 70_000),
      agg('invoices', '2026-04', 'draft', 1, 5_000),
      agg('invoices', '2099-01', 'paid', 9, 9), // outside the months: ignored
    ],
    months,
  );
  const get = (key: string) => rows.find((r) => r.key === key)!;

  it('sums the statuses of each row per month and over the period', () => {
    expect(get('open').byMonth.get('2026-03')).toEqual({ count: 2, amountMinor: 130_001, weightedMinor: 57_500 });
    expect(get('open').byMonth.get('2026-04')).toEqual({ count: 0, amountMinor: 0, weightedMinor: 0 });
    expect(get('orders').total).toEqual({ count: 2, amountMinor: 200_000, weightedMinor: 0 });
    expect(get('won').total.amountMinor).toBe(50_000);
  });

  it('counts authorized (pending + overdue) and paid as invoiced, drafts apart', () => {
    expect(get('invoiced').byMonth.get('2026-03')!.amountMinor).toBe(70_000);
    expect(get('invoiced').total).toEqual({ count: 3, amountMinor: 140_000, weightedMinor: 0 });
    expect(get('draft').total.amountMinor).toBe(5_000);
    expect(get('paid').total.count).toBe(1);
  });
});
