import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '~/db/testing/postgres-admin';
import { createFaultTarget, type TFaultTarget } from './lib/target';
import { faultChecks } from './checks';
import { boardsVsDatabase, checkMoves, type TViolations } from './lib/verify';
import type { TMoveRecord } from './lib/moves';
import { runConvergence } from './scenarios/convergence';
import { runKills } from './scenarios/kills';
import { runPostgresRestart } from './scenarios/postgres-restart';
import { runReconnects } from './scenarios/reconnects';
import { runRedisLoss } from './scenarios/redis-loss';

const pgUrl = testDatabaseUrl();
const driver = pgUrl ? 'postgres' : 'pglite';
const NONE: TViolations = { lostWrites: [], badRefusals: [], versionGaps: [], duplicates: [] };
/** Cards the loads move (few, so moves conflict); the rest serve the reload case. */
const HOT = 24;

/**
 * Reduced fault runs against real server processes (bench/faults; the full
 * sizes run in `npm run bench:faults`). Timings are not asserted here (the
 * bench reports them), except the 2 s for moves to succeed again
 * after Postgres returns, which has a wide margin (about 0.1–0.3 s measured).
 */
describe(`faults on ${driver}: real server processes, many clients`, () => {
  let target: TFaultTarget;
  beforeAll(async () => {
    target = await createFaultTarget({ driver, pgAdminUrl: pgUrl, cards: 540 });
  }, 90_000);
  afterAll(async () => {
    await target?.dispose();
  });

  it('10 clients × 500 partly conflicting moves: nothing lost, every client converges', async () => {
    const result = await runConvergence(target, { clients: 10, moves: 500, hotCards: HOT });
    expect(result.diverged).toEqual([]);
    expect(result.notDatabase).toEqual([]);
    expect(result.violations).toEqual(NONE);
    expect(result.moves).toBe(500);
    expect(result.conflicts).toBeGreaterThan(0);
    expect(result.ok + result.conflicts).toBe(500);
  }, 120_000);

  it('4 kills under load (random moment, before commit, after commit, mid-broadcast): retries apply once, clients catch up', async () => {
    const result = await runKills(target, { clients: 5, kills: 4, hotCards: HOT });
    expect(result.diverged).toEqual([]);
    expect(result.notDatabase).toEqual([]);
    expect(result.violations).toEqual(NONE);
    expect(result.byKind).toEqual({ random: 1, 'before-commit': 1, 'after-commit': 1, 'mid-broadcast': 1 });
    expect(result.gaveUp).toBe(0);
    expect(result.retried).toBeGreaterThan(0);
    expect(result.catchUpFromReconnect.n).toBeGreaterThan(0);
  }, 180_000);

  it('reconnects: 1 s gap, a client that never got an event, across a restart, and a gap that forces a reload', async () => {
    const cases = await runReconnects(target, { gapsMs: [1000], movers: 4, hotCards: HOT });
    expect(cases.map((c) => [c.name, c.converged, c.reloaded])).toEqual([
      ['never received an event before the drop', true, false],
      ['gap of 1 s', true, false],
      ['across a server restart', true, false],
      ['more than 500 changed cards (reload)', true, true],
    ]);
    expect(cases.every((c) => c.missed > 0)).toBe(true);
  }, 120_000);

  it.skipIf(!pgUrl)('Redis lost with two nodes: each serves its own clients, delivery resumes, catch-up fills the gap', async () => {
    const result = await runRedisLoss(target, { clientsPerNode: 3, outageMs: 2000 });
    expect(result.diverged).toEqual([]);
    expect(result.notDatabase).toEqual([]);
    expect(result.violations).toEqual(NONE);
    expect(result.okDuringOutage.a).toBeGreaterThan(0);
    expect(result.okDuringOutage.b).toBeGreaterThan(0);
    expect(result.localEventsDuringOutage.b).toBeGreaterThan(0);
    expect(result.crossNodeResumedMs).toBeLessThan(10_000);
  }, 120_000);
});

describe.skipIf(!pgUrl)('faults: a private Postgres restarted under load', () => {
  // postgres.js 3.4.9 left a connection closed mid-write unable to send until its 5 s connect_timeout (and could crash the
  // process on a write to its null socket): patches/postgres+3.4.9.patch. Without it, moves still failed 1–3.4 s after the
  // return. Timings are the benchmark's to measure (bench:faults checks that no move fails later than 2 s after the return);
  // the first success here has a wide margin (25–300 ms measured against 2 s).
  it('the server stays up, /readyz goes red then green, every failed move gets the retryable 503, a move succeeds within 2 s', async () => {
    const result = await runPostgresRestart({ clients: 4, outageMs: 2000, cards: HOT });
    expect(result.serverSurvived).toBe(true);
    // Red then green. While Postgres shuts down and starts up, /readyz may answer both ways more than once (a pooled connection
    // answers before it is cut; 'starting up' refusals), so only the order is asserted; bench:faults times it.
    expect([result.readiness[0], result.readiness.includes(503), result.readiness.at(-1)]).toEqual([200, true, 200]);
    expect(result.failedAttempts).toBeGreaterThan(0);
    expect(result.retryableAttempts).toBe(result.failedAttempts);
    expect(result.outageErrors).toEqual(['SERVICE_UNAVAILABLE: The database is unavailable right now. Retry in a moment.']);
    expect(result.firstMoveAfterMs).toBeLessThan(2000);
    expect(result.diverged).toEqual([]);
    expect(result.notDatabase).toEqual([]);
    expect(result.violations).toEqual(NONE);
  }, 120_000);
});

describe('the fault checks can fail', () => {
  const move = (over: Partial<TMoveRecord>): TMoveRecord => ({ client: 'c0', clientMutationId: 'm1', cardId: 'a', sentVersion: 1, attempts: 1, outcome: 'ok', ackVersion: 2, failures: [], failedAt: [], ...over });
  const truth = {
    seq: 2,
    cards: [{ id: 'a', version: 2, probability: 50, status: 'open', rank: 'a0' }, { id: 'b', version: 3, probability: 50, status: 'open', rank: 'a1' }],
    events: [{ opportunityId: 'a', version: 2, clientMutationId: 'm1' }, { opportunityId: 'b', version: 3, clientMutationId: 'm3' }],
  };
  it('flags a lost write, a refusal without the current card, and a gap in a card history', () => {
    const violations = checkMoves(truth, [move({}), move({ clientMutationId: 'm2', ackVersion: 3 }), move({ clientMutationId: 'm4', outcome: 'conflict', conflictCard: undefined })]);
    expect(violations.lostWrites).toEqual(['c0 m2 v3']);
    expect(violations.badRefusals).toHaveLength(1);
    expect(violations.versionGaps).toEqual(['b: v3, history [3]']);
  });
  it('flags a client whose board is not the database’s, by card or by sequence', () => {
    const card = (over: object) => ({ id: 'a', version: 2, probability: 50, status: 'open', rank: 'a0', ...over });
    const clients = [
      { name: 'same', seq: 2, cards: truth.cards },
      { name: 'stale', seq: 2, cards: [card({ version: 1 }), truth.cards[1]!] },
      { name: 'behind', seq: 1, cards: truth.cards },
    ];
    expect(boardsVsDatabase(truth, clients).map((line) => line.split(':')[0])).toEqual(['stale', 'behind']);
  });
  it('fails a goal when recovery after Postgres returns is slower than 2 s or an outage answer is not the 503', () => {
    const restart = { outageMs: 2000, moves: 10, ok: 8, outageErrors: ['network: fetch failed'], failedAttempts: 3, retryableAttempts: 2, readiness: [200, 503, 200], readyAfterMs: 100, firstMoveAfterMs: 2500, serverSurvived: true, diverged: [], notDatabase: [], violations: NONE };
    const checks = faultChecks([{ driver: 'postgres', postgresRestart: restart }]);
    expect(checks.filter((c) => c.pass === false).map((c) => c.goal)).toEqual([
      'Moves during the Postgres outage fail with 503 SERVICE_UNAVAILABLE (retryable); the server stays up',
      'A move succeeds again after Postgres accepts connections',
    ]);
    expect(checks.filter((c) => c.pass === true).map((c) => c.goal)).toEqual(['No acknowledged write lost', 'Each move applied at most once, no version gap, refusals are CONFLICT with the current card', 'At the end, every client’s board equals the database (cards and sequence, read directly)']);
  });
});
