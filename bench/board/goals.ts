import { ratio } from '../lib/stats';
import type { TDriverResults } from './suite';

export type TGoal = { goal: string; measured: number; unit: 'ms' | '×'; limit: number; pass: boolean };

/** Limits from the issue; each is checked against a baseline measured in the same run. */
export const LIMITS = { propagationP99Ratio: 2.5, propagationP50Ms: 5, roundTripRatio: 3, catchUpRatio: 0.5 } as const;

const check = (goal: string, measured: number, unit: TGoal['unit'], limit: number): TGoal => ({ goal, measured, unit, limit, pass: measured <= limit });

/** The pass/fail goals: propagation ones on Postgres, the others on every driver measured. */
export function evaluateGoals(results: TDriverResults[]): TGoal[] {
  const goals: TGoal[] = [];
  const postgres = results.find((r) => r.driver === 'postgres');
  for (const row of postgres?.propagation ?? []) {
    if (row.listeners === 50 || row.listeners === 200) {
      goals.push(check(`Propagation p99 / raw broadcast p99, N=${row.listeners} (Postgres)`, ratio(row.propagation.p99, row.raw.p99), '×', LIMITS.propagationP99Ratio));
    }
    if (row.listeners === 50) goals.push(check('Propagation p50, N=50 (Postgres)', row.propagation.p50, 'ms', LIMITS.propagationP50Ms));
  }
  for (const r of results) {
    goals.push(check(`Move round trip p50 / raw UPDATE p50 (${label(r.driver)})`, ratio(r.roundTrip.move.p50, r.roundTrip.rawUpdate.p50), '×', LIMITS.roundTripRatio));
  }
  for (const r of results) {
    goals.push(check(`catchUp p50 / board.get p50, ${r.catchUp.missedMoves} missed, ${r.catchUp.cards} cards (${label(r.driver)})`, ratio(r.catchUp.catchUp.p50, r.catchUp.boardGet.p50), '×', LIMITS.catchUpRatio));
  }
  return goals;
}

export const label = (driver: TDriverResults['driver']) => (driver === 'postgres' ? 'Postgres' : 'PGlite');
