import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import type { TMonth } from '../invoicing/months';
import { applyOverrides } from './overrides';
import { pipelineReport, weightedAmount, type TPipelineDeal } from './pipeline';

const months: TMonth[] = ['2026-03', '2026-04'];
const base = { currency: 'EUR', teamId: 'north', pipelineId: 'sales' };
const deals: TPipelineDeal[] = [
  { ...base, amountMinor: 100_005, probability: 50, month: '2026-03', category: 'commit', ownerId: 'ana' },
  { ...base, amountMinor: 333, probability: 25, month: '2026-03', category: 'pipeline', ownerId: 'ana' },
  { ...base, amountMinor: 200_000, probability: 100, month: '2026-03', category: 'closed', ownerId: 'leo' },
  { ...base, amountMinor: 40_000, probability: 75, month: '2026-04', category: 'best_case', ownerId: 'leo', teamId: null },
  { ...base, amountMinor: 9_999, probability: 10, month: '2026-04', category: 'omitted', ownerId: 'leo' },
  { ...base, amountMinor: 77_777, probability: 90, month: '2026-05', category: 'commit', ownerId: 'ana' },
];
const find = (rows: ReturnType<typeof pipelineReport>, groupBy: string, key: string | null, bucket: string) => rows.find((r) => r.groupBy === groupBy && r.key === key && r.bucket === bucket);

describe('weightedAmount', () => {
  it.each([
    [100_005, 50, 50_003], // 50,002.5 → half-up
    [333, 25, 83], // 83.25
    [1, 50, 1], // 0.5 → 1
    [0, 90, 0],
    [12_345, 100, 12_345],
    [12_345, 0, 0],
  ])('%i × %i %% = %i', (amount, p, expected) => expect(weightedAmount(amount, p)).toBe(expected));

  it('refuses fractional money and percents outside 0–100', () => {
    expect(() => weightedAmount(10.5, 50)).toThrow(AppError);
    expect(() => weightedAmount(10, 101)).toThrow(AppError);
  });
});

describe('pipelineReport', () => {
  const rows = pipelineReport(deals, months, 'EUR');

  it('totals a month for the organization (hand-computed)', () => {
    expect(find(rows, 'all', null, '2026-03')).toMatchObject({
      deals: 3,
      unweightedMinor: 100_338, // 100,005 + 333; closed is not open pipeline
      weightedMinor: 50_086, // 50,003 + 83, each rounded on its own
      byCategory: { pipeline: 333, best_case: 0, commit: 100_005, closed: 200_000, omitted: 0 },
      // Stacked, these make the weighted pipeline plus what is already won: 83 + 50,003 + 200,000.
      weightedByCategory: { pipeline: 83, best_case: 0, commit: 50_003, closed: 200_000, omitted: 0 },
      rollup: { closed: 200_000, commit: 300_005, bestCase: 300_005, openPipeline: 100_338 },
    });
  });

  it('keeps omitted deals out of the totals and ignores months outside the range', () => {
    expect(find(rows, 'all', null, '2026-04')).toMatchObject({ deals: 2, unweightedMinor: 40_000, weightedMinor: 30_000, byCategory: { omitted: 9_999 } });
    expect(rows.some((r) => r.bucket === '2026-05')).toBe(false);
  });

  it('groups per quarter, owner, team (null team kept) and pipeline', () => {
    expect(find(rows, 'all', null, '2026-Q1')!.weightedMinor).toBe(50_086);
    expect(find(rows, 'all', null, '2026-Q2')!.unweightedMinor).toBe(40_000);
    expect(find(rows, 'owner', 'leo', '2026-03')!.rollup.commit).toBe(200_000);
    expect(find(rows, 'team', null, '2026-04')!.deals).toBe(1);
    expect(find(rows, 'pipeline', 'sales', '2026-Q1')!.deals).toBe(3);
  });

  it('gives no rows for an empty pipeline', () => expect(pipelineReport([], months, 'EUR')).toEqual([]));

  it('refuses to mix currencies', () => {
    const mixed = [...deals, { ...deals[0]!, currency: 'USD' }];
    expect(() => pipelineReport(mixed, months, 'EUR')).toThrow(AppError);
    expect(() => pipelineReport(mixed, months, 'EUR')).toThrow(/Cannot mix currencies: a deal in USD in a EUR report/);
  });
});

describe('applyOverrides', () => {
  const numbers = [
    { ownerId: 'ana', month: '2026-03' as TMonth, category: 'commit' as const, amountMinor: 100_000 },
    { ownerId: 'leo', month: '2026-03' as TMonth, category: 'commit' as const, amountMinor: 50_000 },
  ];
  const override = (amountMinor: number, at: string, ownerId = 'ana') => ({ id: `o-${at}`, ownerId, month: '2026-03' as TMonth, category: 'commit' as const, amountMinor, originalAtOverrideMinor: 100_000, note: 'Deal slipping', byUserId: 'javier', at });

  it('replaces the number with the latest override and keeps the original', () => {
    const merged = applyOverrides(numbers, [override(80_000, '2026-03-02T10:00:00Z'), override(70_000, '2026-03-05T09:00:00Z')]);
    expect(merged[0]).toEqual({ ownerId: 'ana', month: '2026-03', category: 'commit', originalMinor: 100_000, effectiveMinor: 70_000, override: { id: 'o-2026-03-05T09:00:00Z', amountMinor: 70_000, originalAtOverrideMinor: 100_000, note: 'Deal slipping', byUserId: 'javier', at: '2026-03-05T09:00:00Z' } });
    expect(merged[1]).toMatchObject({ ownerId: 'leo', originalMinor: 50_000, effectiveMinor: 50_000, override: null });
  });

  it('shows an override for a rep without a number, original 0', () => {
    expect(applyOverrides([], [override(5_000, '2026-03-01T00:00:00Z', 'eva')])[0]).toMatchObject({ ownerId: 'eva', originalMinor: 0, effectiveMinor: 5_000 });
  });
});
