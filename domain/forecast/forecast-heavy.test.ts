import { describe, expect, it } from 'vitest';
import type { TMonth } from '../invoicing/months';
import { GROUP_RUNS, iterationsFor, startHeavy, updateHeavy, type THeavyClosedInput, type THeavyInput } from './forecast-heavy';
import type { TDealColumns, TSlotDeal } from './open-deal-book';
import { monthKeyOf } from './simulation-frame';

const months = ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04'] as TMonth[];
const closedGroups = [
  { stage: 'Qualify', probability: 25, won: true, deals: 30 },
  { stage: 'Qualify', probability: 25, won: false, deals: 70 },
  { stage: 'Propose', probability: 75, won: true, deals: 60 },
  { stage: 'Propose', probability: 75, won: false, deals: 20 },
];
/** Each deal was in the band and stage it closed from only. */
const visitsOf = (groups: typeof closedGroups): THeavyClosedInput['visitGroups'] =>
  groups.flatMap((g) => [{ kind: 'band' as const, stage: null, probability: g.probability, won: g.won, deals: g.deals }, { kind: 'stage' as const, ...g }]);
const closed: THeavyClosedInput = {
  closedGroups,
  visitGroups: visitsOf(closedGroups),
  slippage: [{ months: 0, deals: 50 }, { months: 1, deals: 30 }, { months: 2, deals: 10 }],
  bookings: [],
};

/** Groups: owners 0–2, teams 3–4, one pipeline (5); new owner 6 for reassigned deals. */
const deal = (i: number, owner = i % 3): TSlotDeal => ({
  amountMinor: 10_000 + ((i * 7_919) % 500_000),
  probability: [10, 25, 50, 75, 90][i % 5]!,
  month: months[i % 6]!,
  streamA: i * 97,
  streamB: i ^ 0x5bd1,
  groups: [owner, 3 + (i % 2), 5],
});

function columns(deals: (TSlotDeal | null)[]): TDealColumns {
  const n = deals.length;
  const c: TDealColumns = { amountMinor: new Float64Array(n), probability: new Int16Array(n).fill(-1), monthKey: new Int32Array(n), streamA: new Int32Array(n), streamB: new Int32Array(n), groups: new Int32Array(n * 3) };
  deals.forEach((d, i) => {
    if (!d) return;
    c.amountMinor[i] = d.amountMinor;
    c.probability[i] = d.probability;
    c.monthKey[i] = monthKeyOf(d.month);
    c.streamA[i] = d.streamA;
    c.streamB[i] = d.streamB;
    c.groups.set(d.groups, i * 3);
  });
  return c;
}

const input = (deals: (TSlotDeal | null)[], patch: Partial<THeavyInput> = {}): THeavyInput => ({
  months, bands: [10, 25, 50, 75, 90], deals: columns(deals), seed: 'org-1', drawBudget: 64_000, minIterations: 64, maxIterations: 1_024, ...closed, ...patch,
});
const withoutWork = ({ work: _work, ...rest }: ReturnType<typeof startHeavy>['result']) => rest;

describe('incremental heavy part (common random numbers)', () => {
  const deals = Array.from({ length: 200 }, (_, i) => deal(i));

  it('swaps changed deals in place and gives exactly what a full run on the new deals gives', () => {
    const { state } = startHeavy(input(deals));
    const moved = { ...deal(3, 6), probability: 90, month: '2027-02' as TMonth };
    const result = updateHeavy(state, { deals: [{ slot: 3, deal: moved }, { slot: 7, deal: null }] });
    const after = deals.map((d, i) => (i === 3 ? moved : i === 7 ? null : d));
    expect(result.work.monteCarlo).toBe(2);
    expect(withoutWork(result)).toEqual(withoutWork(startHeavy(input(after)).result));
  });

  it('reuses a freed slot for another deal within one change, and grows for new slots', () => {
    const { state } = startHeavy(input(deals));
    const result = updateHeavy(state, { deals: [{ slot: 5, deal: null }, { slot: 5, deal: deal(900) }, { slot: 200, deal: deal(901) }] });
    const after = [...deals.map((d, i) => (i === 5 ? deal(900) : d)), deal(901)];
    expect(withoutWork(result)).toEqual(withoutWork(startHeavy(input(after)).result));
  });

  it('calibrates the bands from where closed deals were (visits) and the overall win rate from where they closed', () => {
    // The 60 won Propose deals were at 25 % before: the 25 % band has 90 wins of 160 deals that reached it, not 30 of 100.
    const visitGroups = [...visitsOf(closedGroups), { kind: 'band' as const, stage: null, probability: 25, won: true, deals: 60 }];
    const { calibration, probability } = startHeavy({ ...input(deals), visitGroups }).result;
    expect(probability).toBe('calibrated');
    expect(calibration.bands.find((b) => b.band === 25)).toMatchObject({ count: 160, won: 90 });
    expect(calibration.overall).toMatchObject({ count: 180, won: 90 });
  });

  it('re-simulates every deal from the same streams when closed deals change the calibration, and still matches a full run', () => {
    const { state } = startHeavy(input(deals));
    const wonGroups = closedGroups.map((g, i) => (i === 2 ? { ...g, deals: g.deals + 1 } : g));
    const won = { ...closed, closedGroups: wonGroups, visitGroups: visitsOf(wonGroups), slippage: [{ months: 0, deals: 51 }, ...closed.slippage.slice(1)] };
    const result = updateHeavy(state, { deals: [{ slot: 0, deal: null }], closed: won });
    expect(result.work.monteCarlo).toBe('full');
    expect(withoutWork(result)).toEqual(withoutWork(startHeavy({ ...input([null, ...deals.slice(1)]), ...won }).result));
  });

  it('keeps the iteration count while the pipeline changes by a few deals, and re-simulates when it crosses a power of two', () => {
    expect(iterationsFor(200, { drawBudget: 64_000, minIterations: 64, maxIterations: 1_024 })).toBe(256);
    expect(iterationsFor(250, { drawBudget: 64_000, minIterations: 64, maxIterations: 1_024 })).toBe(256);
    expect(iterationsFor(251, { drawBudget: 64_000, minIterations: 64, maxIterations: 1_024 })).toBe(128);
    const many = Array.from({ length: 251 }, (_, i) => deal(i));
    const { state } = startHeavy(input(many.slice(0, 250)));
    const result = updateHeavy(state, { deals: [{ slot: 250, deal: many[250]! }] });
    expect(result.iterations).toBe(128);
    expect(result.work.monteCarlo).toBe('full');
    expect(withoutWork(result)).toEqual(withoutWork(startHeavy(input(many)).result));
  });

  it('breaks the simulation down by owner, team and pipeline from the same draws: groups of one dimension add up to the organization, run by run', () => {
    const { result } = startHeavy(input(deals));
    expect(result.groupRuns).toBe(result.iterations);
    const byGroup = new Map(result.groups.map((g) => [g.group, g]));
    expect([...byGroup.keys()]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(byGroup.get(0)!.deals + byGroup.get(1)!.deals + byGroup.get(2)!.deals).toBe(200);
    expect(byGroup.get(5)!.deals).toBe(200);
    // The one pipeline holds every deal: its figures are the organization's.
    const { group: _g, deals: _d, ...pipeline } = byGroup.get(5)!;
    expect(pipeline).toEqual(result.monteCarlo);
    for (const [i, m] of result.monteCarlo.months.entries()) {
      const owners = [0, 1, 2].reduce((sum, g) => sum + byGroup.get(g)!.months[i]!.mean, 0);
      const teams = [3, 4].reduce((sum, g) => sum + byGroup.get(g)!.months[i]!.mean, 0);
      expect(owners).toBeCloseTo(m.mean, 6);
      expect(teams).toBeCloseTo(m.mean, 6);
    }
  });

  it('moves a reassigned deal between owners and drops an owner left without deals', () => {
    const few = [deal(0, 0), deal(1, 1), deal(2, 1)];
    const { state } = startHeavy(input(few));
    const result = updateHeavy(state, { deals: [{ slot: 0, deal: deal(0, 1) }] });
    expect(result.groups.map((g) => [g.group, g.deals])).toEqual([
      [1, 3],
      [3, 2],
      [4, 1],
      [5, 3],
    ]);
    expect(withoutWork(result)).toEqual(withoutWork(startHeavy(input([deal(0, 1), deal(1, 1), deal(2, 1)])).result));
  });

  it('bases group percentiles on the first GROUP_RUNS runs when the organization simulates more', () => {
    const { result } = startHeavy(input(deals.slice(0, 10), { drawBudget: 100_000_000, maxIterations: 4_096 }));
    expect(result.iterations).toBe(4_096);
    expect(result.groupRuns).toBe(GROUP_RUNS);
  });

  it('changes the forecast when a deal moves (the swap is not a no-op)', () => {
    const { state, result: before } = startHeavy(input(deals));
    const after = updateHeavy(state, { deals: [{ slot: 1, deal: { ...deals[1]!, amountMinor: 50_000_000, probability: 90 } }] });
    expect(after.monteCarlo.total.mean).toBeGreaterThan(before.monteCarlo.total.mean + 10_000_000);
  });
});
