import { describe, expect, it } from 'vitest';
import { filterSnapshot } from '~/domain/forecast/filter-snapshot';
import { fixtureSnapshot as s } from './snapshot.fixture';

describe('filterSnapshot: the Monte Carlo follows the filter', () => {
  it('shows the chosen owner’s simulation, from its own deals and runs', () => {
    const mc = filterSnapshot(s, { owner: 'u-ana' }).monteCarlo;
    const ana = s.monteCarlo.byGroup[0]!;
    expect(mc).toMatchObject({ openDeals: 3, iterations: 1_024, total: ana.total, months: ana.months, quarters: ana.quarters });
  });

  it('shows zeros for an owner without open deals, not the organization’s figures', () => {
    const mc = filterSnapshot(s, { owner: 'u-luis' }).monteCarlo;
    expect(mc.openDeals).toBe(0);
    expect(mc.total).toEqual({ p10: 0, p50: 0, p90: 0, mean: 0, sd: 0 });
    expect(mc.months.every((m) => m.p90 === 0)).toBe(true);
  });

  it('keeps the organization’s simulation without a group filter', () => {
    expect(filterSnapshot(s, { from: '2026-06' }).monteCarlo).toEqual(s.monteCarlo);
  });
});

describe('filterSnapshot: bookings of a group', () => {
  it('keeps the current month’s bookings of the group', () => {
    expect(filterSnapshot(s, { owner: 'u-ana' }).bookings.historyBy.map((b) => b.month)).toEqual(['2026-04', '2026-05']);
  });
});

describe('filterSnapshot: KPIs follow the filter', () => {
  it('shows the owner’s win rate, deal size, cycle and coverage, and her own order and cash figures', () => {
    const k = filterSnapshot(s, { owner: 'u-ana' }).kpis.values;
    expect(k.winRate).toMatchObject({ value: 0.4, previous: 0.35 });
    expect(k.pipelineCoverage).toMatchObject({ value: 3.1, previous: 2.2 });
    expect(k.orderBacklogMinor).toMatchObject({ value: 1_300_000, previous: 1_100_000 });
    expect(k.dsoDays).toMatchObject({ value: 35, previous: 39.5 });
  });

  it('measures nothing for an owner without deals or documents instead of showing the organization’s figures', () => {
    const k = filterSnapshot(s, { owner: 'u-luis' }).kpis.values;
    expect(k.winRate).toMatchObject({ value: null, previous: null, unit: 'rate' });
    expect(k.dsoDays).toMatchObject({ value: null, previous: null, unit: 'days' });
  });

  it('keeps the organization’s order and cash figures from a snapshot stored before they were broken down', () => {
    const old = { ...s, kpis: { ...s.kpis, documentsByGroup: false } };
    const k = filterSnapshot(old, { owner: 'u-ana' }).kpis.values;
    expect(k.winRate).toMatchObject({ value: 0.4 });
    expect(k.orderBacklogMinor).toEqual(s.kpis.values.orderBacklogMinor);
    expect(filterSnapshot(old, { owner: 'u-luis' }).kpis.values.dsoDays).toEqual(s.kpis.values.dsoDays);
  });
});

describe('filterSnapshot: calibration follows the filter', () => {
  it('shows the owner’s own bands, stages and overall win rate', () => {
    const c = filterSnapshot(s, { owner: 'u-ana' }).calibration;
    const ana = s.calibration.byGroup[0]!;
    expect(c).toMatchObject({ bands: ana.bands, stages: ana.stages, overall: ana.overall, fromEvents: 5 });
  });

  it('shows empty bands for an owner without closed deals, not the organization’s', () => {
    const c = filterSnapshot(s, { owner: 'u-luis' }).calibration;
    expect(c.bands.map((b) => [b.band, b.count, b.winRate, b.suggested])).toEqual([[10, 0, null, 0.1], [25, 0, null, 0.25], [50, 0, null, 0.5]]);
    expect(c.stages).toEqual([]);
    expect(c.overall).toMatchObject({ count: 0, winRate: null });
  });

  it('keeps the organization’s calibration without a group filter', () => {
    expect(filterSnapshot(s, { from: '2026-06' }).calibration).toEqual(s.calibration);
  });
});
