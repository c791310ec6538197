import { describe, expect, it } from 'vitest';
import type { TVisitFact } from './calibration-visits';
import type { TClosedFact } from './closed-facts';
import { groupCalibrations } from './group-calibration';
import { byGroup } from './kpi-group';

const fact = (ownerId: string, teamId: string | null, probability: number, status: 'won' | 'lost', deals: number, fromEvent = true): TClosedFact => ({
  status, ownerId, teamId, pipelineId: 'p1', stage: 'Proposal', probability, fromEvent, sameCurrency: true, closeMonth: '2026-01', slip: 0, kpiPeriod: null, cycleDays: null,
  openAtPreviousEnd: false, deals, amountMinor: 1_000 * deals,
});

const visit = (ownerId: string, teamId: string | null, kind: 'band' | 'stage', ref: string, status: 'won' | 'lost', deals: number, probability: number): TVisitFact => ({
  kind, status, ownerId, teamId, pipelineId: 'p1', ref, deals, probabilitySum: probability * deals,
});

describe('groupCalibrations (hand-computed)', () => {
  // Ana: 4 deals closed from 50 %, 3 won, and the 3 she won were at 10 % in Qualify before; Luis (no team): 6 deals at 50 %,
  // 0 won, and 2 at 10 %, 1 won (entered by hand, not from events).
  const facts = [fact('ana', 't1', 50, 'won', 3), fact('ana', 't1', 50, 'lost', 1), fact('luis', null, 50, 'lost', 6), fact('luis', null, 10, 'won', 1, false), fact('luis', null, 10, 'lost', 1, false)];
  const visits = [
    visit('ana', 't1', 'band', '3', 'won', 3, 50), visit('ana', 't1', 'band', '3', 'lost', 1, 50), visit('ana', 't1', 'band', '1', 'won', 3, 10),
    visit('ana', 't1', 'stage', 'Proposal', 'won', 3, 50), visit('ana', 't1', 'stage', 'Proposal', 'lost', 1, 50), visit('ana', 't1', 'stage', 'Qualify', 'won', 3, 10),
    visit('luis', null, 'band', '3', 'lost', 6, 50), visit('luis', null, 'band', '1', 'won', 1, 10), visit('luis', null, 'band', '1', 'lost', 1, 10),
    visit('luis', null, 'stage', 'Proposal', 'lost', 8, 40),
  ];
  const groups = groupCalibrations(byGroup(facts), byGroup(visits), [10, 25, 50, 75, 90]);
  const of = (groupBy: string, key: string | null) => groups.find((g) => g.groupBy === groupBy && g.key === key)!;

  it('computes each owner’s win rate per band from their own deals only', () => {
    expect(of('owner', 'ana').bands.map((b) => [b.band, b.count, b.won, b.winRate])).toEqual([[10, 3, 3, 1], [25, 0, 0, null], [50, 4, 3, 0.75], [75, 0, 0, null], [90, 0, 0, null]]);
    expect(of('owner', 'luis').bands.map((b) => [b.band, b.count, b.won])).toEqual([[10, 2, 1], [25, 0, 0], [50, 6, 0], [75, 0, 0], [90, 0, 0]]);
  });

  it('shrinks the suggestion toward what was entered: (won + 10 × entered) ÷ (count + 10)', () => {
    expect(of('owner', 'ana').bands[2]!.suggested).toBeCloseTo((3 + 10 * 0.5) / (4 + 10), 12); // 0.5714
    expect(of('owner', 'ana').overall).toMatchObject({ count: 4, won: 3, winRate: 0.75 });
  });

  it('counts a deal in every stage it was in, and each deal once overall', () => {
    expect(of('owner', 'ana').stages.map((st) => [st.stage, st.count, st.won])).toEqual([['Proposal', 4, 3], ['Qualify', 3, 3]]);
    expect(of('team', 't1').stages.map((st) => [st.stage, st.count, st.won, Math.round(st.entered! * 1000) / 1000])).toEqual([['Proposal', 4, 3, 0.5], ['Qualify', 3, 3, 0.1]]);
    expect(of('owner', 'luis').stages.map((st) => [st.stage, st.count, st.won, Math.round(st.entered! * 1000) / 1000])).toEqual([['Proposal', 8, 0, 0.4]]);
  });

  it('keys teams (null: no team) and pipelines too, and counts probabilities taken from events', () => {
    expect(groups.map((g) => `${g.groupBy}:${g.key ?? ''}`)).toEqual(['owner:ana', 'owner:luis', 'pipeline:p1', 'team:', 'team:t1']);
    expect(of('team', null).overall).toMatchObject({ count: 8, won: 1 });
    expect(of('pipeline', 'p1').overall).toMatchObject({ count: 12, won: 4 });
    expect([of('owner', 'ana').fromEvents, of('owner', 'luis').fromEvents]).toEqual([4, 6]);
  });
});
