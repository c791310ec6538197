import { describe, expect, it } from 'vitest';
import { filterSnapshot } from '~/domain/forecast/filter-snapshot';
import { forecastSeries } from '~/domain/forecast/series-forecast';
import { ZForecastSnapshotSchema } from '~/domain/forecast/snapshot';
import { accuracyRows, bookingsRows, calibrationPoints, calibrationStages, fanRows, openingWeighted, partialQuarter, pipelineByMonth, quarterKey, sumPipeline } from './chart-data';
import { fixtureSnapshot as s } from './snapshot.fixture';

const all = { groupBy: 'all', key: null } as const;

it('the fixture is a valid snapshot', () => {
  expect(ZForecastSnapshotSchema.safeParse(s).success).toBe(true);
});

describe('pipelineByMonth', () => {
  it('gives every month, zero-filled, with category amounts and the weighted total', () => {
    const rows = pipelineByMonth(s.pipeline, ['2026-05', '2026-06', '2026-07'], all);
    expect(rows).toEqual([
      { month: '2026-05', deals: 3, closed: 500_000, commit: 3_000_000, best_case: 2_000_000, pipeline: 1_000_000, omitted: 250_000, weighted: 3_600_000, unweighted: 6_000_000, weightedBy: { closed: 500_000, commit: 1_800_000, best_case: 1_200_000, pipeline: 600_000 } },
      { month: '2026-06', deals: 0, closed: 0, commit: 0, best_case: 0, pipeline: 0, omitted: 0, weighted: 0, unweighted: 0, weightedBy: { closed: 0, commit: 0, best_case: 0, pipeline: 0 } },
      { month: '2026-07', deals: 1, closed: 0, commit: 0, best_case: 0, pipeline: 400_000, omitted: 0, weighted: 100_000, unweighted: 400_000, weightedBy: { closed: 0, commit: 0, best_case: 0, pipeline: 100_000 } },
    ]);
    expect(sumPipeline(rows)).toMatchObject({ deals: 4, weighted: 3_700_000, unweighted: 6_400_000, closed: 500_000, omitted: 250_000 });
  });

  it('has no weighted categories for a snapshot stored before the job computed them', () => {
    const old = s.pipeline.map(({ weightedByCategory: _, ...row }) => row);
    expect(pipelineByMonth(old, ['2026-05'], all)[0]!.weightedBy).toBeNull();
  });

  it('reads only the chosen owner, and the "no team" bucket by its null key', () => {
    expect(pipelineByMonth(s.pipeline, ['2026-05'], { groupBy: 'owner', key: 'u-ana' })[0]!.weighted).toBe(2_800_000);
    expect(pipelineByMonth(s.pipeline, ['2026-05'], { groupBy: 'owner', key: 'u-luis' })[0]!.weighted).toBe(0);
    expect(pipelineByMonth(s.pipeline, ['2026-07'], { groupBy: 'team', key: null })[0]!.weighted).toBe(100_000);
  });

  it('ignores quarter rows', () => {
    expect(sumPipeline(pipelineByMonth(s.pipeline, s.months, all)).weighted).toBe(3_700_000);
  });
});

describe('bookingsRows', () => {
  it('joins the forecast line to the last full month and marks the current month partial', () => {
    const rows = bookingsRows(s.bookings, all);
    expect(rows.map((r) => r.month)).toEqual(['2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(rows[2]).toEqual({ month: '2026-04', actual: 2_000_000, forecast: 2_000_000, band: [2_000_000, 2_000_000], partial: false });
    expect(rows[3]).toEqual({ month: '2026-05', actual: 500_000, forecast: 2_000_000, band: [500_000, 3_500_000], partial: true });
    expect(rows[4]).toEqual({ month: '2026-06', actual: null, forecast: 2_500_001, band: [700_000, 4_300_000], partial: false });
  });

  it('keeps only the last N history months', () => {
    expect(bookingsRows(s.bookings, all, 1).map((r) => r.month)).toEqual(['2026-04', '2026-05', '2026-06']);
  });

  it('shows an owner’s actuals, zero-filled over the organization’s history months, and the owner’s own forecast', () => {
    const filtered = filterSnapshot(s, { owner: 'u-ana' }).bookings;
    // Ana won 0, 0 and 1,500,000 in the three history months: under two seasons, so a linear trend fitted to those three.
    const own = forecastSeries([0, 0, 1_500_000], { horizon: 12, period: 12, seasonal: 'additive' });
    expect(own.method).toBe('linear-trend');
    expect(filtered.forecast).toMatchObject({ method: 'linear-trend', fallback: true, parameters: { slope: 750_000 } });
    expect(filtered.forecast.points.map((p) => p.mean)).toEqual(own.forecasts.map((p) => p.mean));
    expect(filtered.forecast.points).not.toEqual(s.bookings.forecast.points);
    const rows = bookingsRows(filtered, { groupBy: 'owner', key: 'u-ana' });
    expect(rows.slice(0, 4).map((r) => [r.month, r.actual, r.forecast, r.partial])).toEqual([
      ['2026-02', 0, null, false],
      ['2026-03', 0, null, false],
      ['2026-04', 1_500_000, 1_500_000, false],
      ['2026-05', 500_000, Math.round(own.forecasts[0]!.mean), true],
    ]);
    expect(rows.slice(4).map((r) => r.forecast)).toEqual(own.forecasts.slice(1).map((p) => Math.round(p.mean)));
  });
});

describe('fanRows', () => {
  it('keeps the months shown and the quarters they touch, with the P10–P90 band', () => {
    const fan = fanRows(s.monteCarlo, ['2026-05', '2026-06', '2026-07']);
    expect(fan.months.map((m) => m.bucket)).toEqual(['2026-05', '2026-06', '2026-07']);
    expect(fan.months[0]).toEqual({ bucket: '2026-05', p10: 7_200_000, p50: 12_000_000, p90: 18_000_000, mean: 12_240_000, band: [7_200_000, 18_000_000] });
    expect(fan.quarters.map((q) => q.bucket)).toEqual(['2026-Q2', '2026-Q3']);
  });

  it('maps months to calendar quarters', () => {
    expect(['2026-01', '2026-03', '2026-04', '2026-12'].map(quarterKey)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
  });
});

describe('calibrationPoints', () => {
  it('plots bands with closed deals in percent, with error-bar offsets from the Wilson interval', () => {
    expect(calibrationPoints(s.calibration.bands)).toEqual([
      { band: 10, entered: 10, actual: 5, error: [4.1, 18.6], lower: 0.9, upper: 23.6, count: 20, won: 1, suggested: 6.7 },
      { band: 50, entered: 50, actual: 75, error: [34.1, 17.9], lower: 40.9, upper: 92.9, count: 8, won: 6, suggested: 61.1 },
    ]);
  });

  it('is empty without closed deals', () => {
    expect(calibrationPoints([{ band: 50, count: 0, won: 0, winRate: null, interval: null, entered: null, suggested: 0.5 }])).toEqual([]);
  });
});

describe('calibrationStages', () => {
  it('lists stages with closed deals, most deals first, and names deals closed with no stage as null', () => {
    const row = (stage: string, count: number, won: number) => ({ stage, count, won, winRate: count ? won / count : null, interval: count ? { lower: 0.1, upper: 0.9 } : null, entered: count ? 0.4 : null, suggested: 0.45 });
    expect(calibrationStages([row('Propuesta', 4, 1), row('No stage', 10, 5), row('Negociación', 0, 0)])).toEqual([
      { stage: null, entered: 40, actual: 50, error: [40, 40], lower: 10, upper: 90, count: 10, won: 5, suggested: 45 },
      { stage: 'Propuesta', entered: 40, actual: 25, error: [15, 65], lower: 10, upper: 90, count: 4, won: 1, suggested: 45 },
    ]);
  });
});

describe('accuracyRows', () => {
  it('carries forecast, actual, band and error per past month', () => {
    expect(accuracyRows(s.accuracy)[1]).toEqual({ month: '2026-04', forecast: 2_400_000, actual: 2_000_000, weighted: 2_600_000, band: [1_500_000, 3_300_000], ape: 0.2, asOf: '2026-03-31T10:00:00.000Z', error: 400_000, bias: 0.2 });
  });

  it('has no month bias when nothing closed (the error is still there)', () => {
    expect(accuracyRows(s.accuracy)[0]).toMatchObject({ actual: 0, error: 900_000, bias: null });
  });
});

describe('openingWeighted', () => {
  const opening = { months: ['2026-02', '2026-03', '2026-04', '2026-05'], weightedByMonth: { '2026-02': 100, '2026-03': 20, '2026-05': 3 } };
  const now = ['2026-05', '2026-06', '2026-07', '2026-08'];

  it('sums the same window of the opening forecast: its first months against ours', () => {
    expect(openingWeighted(opening, now, now.slice(0, 3))).toBe(120);
    expect(openingWeighted(opening, now, now.slice(1, 3))).toBe(20);
  });

  it('compares a quarter with the same months of the opening forecast', () => {
    const calendar = { months: ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'], weightedByMonth: { '2026-06': 7, '2026-07': 11, '2026-03': 1_000 } };
    expect(openingWeighted(calendar, now, ['2026-06', '2026-07'], 'calendar')).toBe(18);
    expect(openingWeighted(calendar, now, ['2026-08', '2026-09'], 'calendar')).toBeNull();
  });

  it('has no value without an opening forecast, or when its horizon ends too soon', () => {
    expect(openingWeighted(null, now, now.slice(0, 3))).toBeNull();
    expect(openingWeighted({ ...opening, months: opening.months.slice(0, 3) }, now, now.slice(2, 4))).toBeNull();
  });
});

describe('partial quarters', () => {
  it('names the months of a quarter the horizon covers only partly', () => {
    expect(partialQuarter('2026-Q2', s.months)).toEqual(['2026-05', '2026-06']);
    expect(partialQuarter('2026-Q3', s.months)).toBeNull();
    expect(fanRows(s.monteCarlo, s.months).quarters.map((q) => [q.bucket, q.partial ?? null])).toEqual([
      ['2026-Q2', ['2026-05', '2026-06']],
      ['2026-Q3', null],
    ]);
  });
});

describe('bookingsRows with the report period', () => {
  it('leaves out forecast months after the period', () => {
    const all = { groupBy: 'all', key: null } as const;
    expect(bookingsRows(s.bookings, all).map((r) => r.month)).toContain('2026-06');
    expect(bookingsRows(s.bookings, all, 24, ['2026-05']).map((r) => r.month)).not.toContain('2026-06');
  });
});
