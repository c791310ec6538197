import { describe, expect, it } from 'vitest';
import { groupAccuracy, type TGroupPastForecast } from './group-accuracy';
import type { TForecastSnapshot } from './snapshot';

/** Only what groupAccuracy reads: the organization's bookings history and the per-group bookings. */
const snapshot = {
  currency: 'EUR',
  bookings: {
    history: ['2026-01', '2026-02', '2026-03', '2026-04'].map((month) => ({ month, amountMinor: 9_999_999, deals: 9 })),
    historyBy: [
      { groupBy: 'owner', key: 'u1', month: '2026-02', amountMinor: 1_000_00, deals: 1 },
      { groupBy: 'owner', key: 'u1', month: '2026-03', amountMinor: 500_00, deals: 1 },
      { groupBy: 'owner', key: 'u2', month: '2026-02', amountMinor: 777_00, deals: 1 },
      { groupBy: 'team', key: null, month: '2026-02', amountMinor: 1_777_00, deals: 2 },
      // The current month: not a past month, never compared.
      { groupBy: 'owner', key: 'u1', month: '2026-05', amountMinor: 300_00, deals: 1 },
    ],
  },
} as unknown as TForecastSnapshot;

const past = (month: string, mc: TGroupPastForecast['mc'], hasGroups = true): TGroupPastForecast => ({ month, snapshotId: `s-${month}`, asOf: `${month}-01T00:00:00.000Z`, hasGroups, mc, weighted: 123 });

describe('groupAccuracy (hand-computed)', () => {
  const acc = groupAccuracy(snapshot, { groupBy: 'owner', key: 'u1' }, [
    past('2026-01', { p10: 0, p90: 1, mean: 5 }, false), // stored before per-group simulation: unknown, left out
    past('2026-02', { p10: 600_00, p90: 1_000_00, mean: 800_00 }), // 800 against 1,000
    past('2026-03', null), // no open deals for u1 then: forecast 0 against 500
    past('2026-04', { p10: 100_00, p90: 500_00, mean: 300_00 }), // 300 against nothing won
    past('2026-05', { p10: 0, p90: 0, mean: 1 }), // no actual yet
  ]);

  it('compares each month the group’s own forecast with what it won (0 when it won nothing)', () => {
    expect(acc.months.map((m) => [m.month, m.forecastMinor, m.actualMinor, m.errorMinor, m.absPercentError])).toEqual([
      ['2026-02', 800_00, 1_000_00, -200_00, 0.2],
      ['2026-03', 0, 500_00, -500_00, 1],
      ['2026-04', 300_00, 0, 300_00, null],
    ]);
    expect(acc.months[0]).toMatchObject({ snapshotId: 's-2026-02', snapshotAsOf: '2026-02-01T00:00:00.000Z', p10Minor: 600_00, p90Minor: 1_000_00, weightedMinor: 123 });
  });

  it('gives MAPE and bias over the months with actuals', () => {
    expect(acc.mape).toBeCloseTo((0.2 + 1) / 2, 12);
    expect(acc.bias).toBeCloseTo((-0.2 - 1) / 2, 12);
  });

  it('keys "no team" as null and has no months without past forecasts', () => {
    const team = groupAccuracy(snapshot, { groupBy: 'team', key: null }, [past('2026-02', { p10: 0, p90: 0, mean: 1_777_00 })]);
    expect(team.months.map((m) => m.absPercentError)).toEqual([0]);
    expect(groupAccuracy(snapshot, { groupBy: 'owner', key: 'u1' }, [])).toEqual({ months: [], mape: null, bias: null });
  });
});
