import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error';
import { calibrate, calibrateClosedGroups, calibrateHistory, type TClosedDeal } from './calibration';
import { mergeVisits, visitGroups, type TVisitFact } from './calibration-visits';
import { isotonicIncreasing } from './isotonic';
import { wilsonInterval } from './wilson';

const deal = (probability: number, won: boolean, stage: string | null = 'Proposal'): TClosedDeal => ({ probability, won, stage });

describe('wilsonInterval', () => {
  // R: prop.test(x, n, correct = FALSE)$conf.int is the Wilson interval.
  it.each([
    [1, 3, 0.0614919447204, 0.792340399198],
    [0, 4, 0, 0.489890836455],
    [45, 100, 0.356145379795, 0.547553970026],
    [5, 5, 0.565517535217, 1],
  ])('%i of %i', (x, n, lower, upper) => {
    const ci = wilsonInterval(x, n)!;
    expect(ci.lower).toBeCloseTo(lower, 10);
    expect(ci.upper).toBeCloseTo(upper, 10);
  });

  it('is null without trials', () => expect(wilsonInterval(0, 0)).toBeNull());
});

describe('isotonicIncreasing', () => {
  it.each([
    [[0.1, 0.3, 0.2, 0.4], [1, 1, 1, 1], [0.1, 0.25, 0.25, 0.4]],
    [[0.5, 0.2], [3, 1], [0.425, 0.425]],
    [[0.2, 0.4], [1, 1], [0.2, 0.4]],
  ])('%j → %j', (values, weights, expected) => {
    isotonicIncreasing(values, weights).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
  });
});

describe('calibrate', () => {
  const deals = [
    deal(0.1, true), deal(0.2, false), deal(0.3, false, 'Discovery'),
    deal(0.5, false), deal(0.5, false), deal(0.6, false, 'Negotiation'), deal(0.7, false, null),
    deal(0.9, true, 'Negotiation'), deal(0.95, true, 'Negotiation'),
  ];
  const result = calibrate(deals, { bands: [10, 50, 90] });

  it('counts, rates and shrinks per band (hand-computed, k = 10)', () => {
    expect(result.bands.map((b) => [b.band, b.count, b.won])).toEqual([[10, 3, 1], [50, 4, 0], [90, 2, 2]]);
    expect(result.bands[0]!.winRate).toBeCloseTo(1 / 3, 12);
    expect(result.bands[0]!.entered).toBeCloseTo(0.2, 12);
    expect(result.bands[0]!.suggested).toBeCloseTo(3 / 13, 12); // (1 + 10·0.2) / (3 + 10)
    expect(result.bands[1]!.suggested).toBeCloseTo(5.75 / 14, 12); // (0 + 10·0.575) / 14
    expect(result.bands[2]!.suggested).toBeCloseTo(11.25 / 12, 12); // (2 + 10·0.925) / 12
    expect(result.bands[1]!.interval!.upper).toBeCloseTo(0.489890836455, 10);
  });

  it('groups by stage, sorted by name, with a bucket for deals without one', () => {
    expect(result.stages.map((s) => [s.stage, s.count, s.won])).toEqual([['Discovery', 1, 0], ['Negotiation', 3, 2], ['No stage', 1, 0], ['Proposal', 4, 1]]);
    expect(result.overall).toMatchObject({ count: 9, won: 3 });
    expect(result.overall.winRate).toBeCloseTo(1 / 3, 12);
  });

  it('keeps suggestions non-decreasing across bands', () => {
    const upsideDown = [...Array(5)].map(() => deal(0.1, true)).concat([...Array(5)].map(() => deal(0.5, false)));
    const bands = calibrate(upsideDown, { bands: [10, 50] }).bands;
    // Shrunk: 6/15 = 0.4 and 5/15 ≈ 0.333, pooled with equal weights 15 → 0.3667.
    expect(bands[0]!.suggested).toBeCloseTo(11 / 30, 12);
    expect(bands[1]!.suggested).toBeCloseTo(11 / 30, 12);
  });

  it('handles no closed deals and all-lost deals', () => {
    const empty = calibrate([], { bands: [25, 75] });
    expect(empty.bands.map((b) => [b.count, b.winRate, b.interval, b.suggested])).toEqual([[0, null, null, 0.25], [0, null, null, 0.75]]);
    const lost = calibrate([deal(0.8, false), deal(0.8, false)], { bands: [25, 75], priorStrength: 0 });
    expect(lost.bands[1]).toMatchObject({ count: 2, won: 0, winRate: 0, suggested: 0 });
  });

  it('counts grouped deals (deals: n) exactly like n single deals', () => {
    const groups = [
      { probability: 0.25, stage: 'Qualify', won: true, deals: 3 },
      { probability: 0.25, stage: 'Qualify', won: false, deals: 5 },
      { probability: 0.9, stage: null, won: true, deals: 4 },
    ];
    const single = groups.flatMap((g) => Array.from({ length: g.deals }, () => ({ probability: g.probability, stage: g.stage, won: g.won })));
    const grouped = calibrate(groups, { bands: [10, 50, 90] });
    expect(grouped.overall).toMatchObject({ count: 12, won: 7 });
    const rounded = (c: typeof grouped) => JSON.parse(JSON.stringify(c, (_, v: unknown) => (typeof v === 'number' ? Number(v.toFixed(12)) : v))) as unknown;
    expect(rounded(grouped)).toEqual(rounded(calibrate(single, { bands: [10, 50, 90] })));
  });

  it.each([
    [[deal(1.2, true)], [10], /probability/],
    [[], [50, 10], /ascending/],
  ])('refuses bad input %#', (input, bands, message) => {
    expect(() => calibrate(input, { bands })).toThrow(AppError);
    expect(() => calibrate(input, { bands })).toThrow(message);
  });
});

describe('calibrateHistory: every band and stage a deal reached', () => {
  // Ten deals, all won from 90 % or lost: 4 went 10 → 50 → 90 and were won; 3 went 10 → 50 and were lost; 3 stayed at 10 and were lost.
  const reached = (probability: number, stage: string, won: boolean, deals: number): TClosedDeal => ({ probability: probability / 100, stage, won, deals });
  const bands = [reached(10, 'Lead', true, 4), reached(50, 'Offer', true, 4), reached(90, 'Sign', true, 4), reached(10, 'Lead', false, 6), reached(50, 'Offer', false, 3)];
  const closedFrom = [reached(90, 'Sign', true, 4), reached(50, 'Offer', false, 3), reached(10, 'Lead', false, 3)];
  const c = calibrateHistory({ bands, stages: bands, overall: closedFrom }, { bands: [10, 50, 90], priorStrength: 0 });

  it('gives a band the share of the deals that reached it which were won', () => {
    expect(c.bands.map((b) => [b.band, b.count, b.won, b.winRate])).toEqual([[10, 10, 4, 0.4], [50, 7, 4, 4 / 7], [90, 4, 4, 1]]);
    expect(c.stages.map((st) => [st.stage, st.count, st.won])).toEqual([['Lead', 10, 4], ['Offer', 7, 4], ['Sign', 4, 4]]);
  });

  it('counts each deal once overall', () => {
    expect(c.overall).toMatchObject({ count: 10, won: 4, winRate: 0.4 });
  });

  it('where counting only the band deals closed from says the early bands never win', () => {
    const fromClose = calibrate(closedFrom, { bands: [10, 50, 90], priorStrength: 0 });
    expect(fromClose.bands.map((b) => b.winRate)).toEqual([0, 0, 1]);
  });

  it('bands a probability on its band’s lower edge there, even when ÷ 100 × 100 is not exact (0.57 × 100 = 56.99…)', () => {
    const edge = calibrateHistory({ bands: [reached(57, 'x', true, 1)], stages: [], overall: [] }, { bands: [10, 57] });
    expect(edge.bands.map((b) => b.count)).toEqual([0, 1]);
  });
});

describe('visit facts to calibration', () => {
  const v = (kind: 'band' | 'stage', ref: string, status: 'won' | 'lost', ownerId: string, deals: number, probabilitySum: number): TVisitFact =>
    ({ kind, status, ownerId, teamId: null, pipelineId: 'p1', ref, deals, probabilitySum });

  it('merges loads by key (a full load equals a load plus the deals closed since)', () => {
    const all = mergeVisits([v('band', '1', 'won', 'ana', 3, 45), v('band', '1', 'won', 'luis', 1, 20), v('stage', 'Offer', 'lost', 'ana', 2, 100)]);
    const inTwo = mergeVisits([v('band', '1', 'won', 'ana', 2, 30), v('stage', 'Offer', 'lost', 'ana', 2, 100)], [v('band', '1', 'won', 'luis', 1, 20), v('band', '1', 'won', 'ana', 1, 15)]);
    expect(inTwo).toEqual(all);
  });

  it('sums over owners with the average probability held, and calibrates with the closed deals overall', () => {
    const groups = visitGroups([v('band', '1', 'won', 'ana', 3, 45), v('band', '1', 'won', 'luis', 1, 20), v('band', '2', 'lost', 'ana', 2, 100), v('stage', 'Offer', 'lost', 'ana', 2, 100)]);
    expect(groups).toEqual([
      { kind: 'band', stage: null, probability: 16.25, won: true, deals: 4 },
      { kind: 'band', stage: null, probability: 50, won: false, deals: 2 },
      { kind: 'stage', stage: 'Offer', probability: 50, won: false, deals: 2 },
    ]);
    const c = calibrateClosedGroups([{ stage: 'Offer', probability: 50, won: false, deals: 2 }, { stage: 'Lead', probability: 15, won: true, deals: 4 }], groups, [10, 50]);
    expect(c.bands.map((b) => [b.count, b.won])).toEqual([[4, 4], [2, 0]]);
    expect(c.overall).toMatchObject({ count: 6, won: 4 });
    expect(c.stages.map((st) => st.stage)).toEqual(['Offer']);
  });
});
