import { ms } from '../lib/markdown';
import { isRetryableAnswer } from './lib/moves';
import type { TFaultDriver } from './lib/target';
import { violationCount } from './lib/verify';
import type { TDriverFaults } from './results';

/** Issue 6: every client caught up within 2 s of the killed server being back (ms). */
export const CATCH_UP_LIMIT_MS = 2000;
/** Issue 6: mutations succeed again within 2 s of Postgres accepting connections (ms). */
export const RECOVERY_LIMIT_MS = 2000;

/** One goal of issue 6 on one database; `pass` undefined when the stored run did not measure it. */
export type TFaultCheck = { goal: string; driver: TFaultDriver; measured: string; limit: string; pass: boolean | undefined };

/** The scenarios whose end compares every client and every acknowledged move with the database. */
const FINISHED = [
  ['convergence', 'convergence'],
  ['kills', 'kills'],
  ['postgresRestart', 'Postgres restart'],
  ['redisLoss', 'Redis loss'],
] as const;

/**
 * The issue's goals checked against each driver's results: catch-up within
 * 2 s after kills (every sample, none late), no lost write and no other
 * violation, the clear retryable 503 during a Postgres outage, a move
 * succeeding within 2 s of Postgres returning and none failing after that
 * (while the scenario watches), and every client's board
 * equal to the database at the end of each scenario.
 */
export function faultChecks(drivers: readonly TDriverFaults[]): TFaultCheck[] {
  return drivers.flatMap((d) => [...killChecks(d), ...writeChecks(d), ...restartChecks(d), ...convergenceChecks(d)]);
}

function killChecks({ driver, kills: k }: TDriverFaults): TFaultCheck[] {
  if (!k) return [];
  const late = k.late ?? 0;
  const s = k.catchUpFromReady;
  return [{
    goal: 'Every client caught up after each SIGKILL (from the restarted server listening)',
    driver,
    measured: `max ${ms(s.max)} ms (p99 ${ms(s.p99)}, n=${s.n}); ${late} not caught up within 15 s`,
    limit: `≤ ${CATCH_UP_LIMIT_MS} ms, none late`,
    pass: s.n > 0 && s.max <= CATCH_UP_LIMIT_MS && late === 0,
  }];
}

function writeChecks(d: TDriverFaults): TFaultCheck[] {
  const ran = FINISHED.filter(([key]) => d[key]);
  if (!ran.length) return [];
  const per = (count: (v: NonNullable<TDriverFaults['kills']>['violations']) => number) => ran.map(([key, name]) => ({ name, n: count(d[key]!.violations) }));
  const line = (rows: { name: string; n: number }[]) => rows.map((r) => `${r.name} ${r.n}`).join(', ');
  const lost = per((v) => v.lostWrites.length);
  const other = per((v) => violationCount(v) - v.lostWrites.length);
  return [
    { goal: 'No acknowledged write lost', driver: d.driver, measured: line(lost), limit: '0', pass: lost.every((r) => r.n === 0) },
    { goal: 'Each move applied at most once, no version gap, refusals are CONFLICT with the current card', driver: d.driver, measured: line(other), limit: '0', pass: other.every((r) => r.n === 0) },
  ];
}

function restartChecks({ driver, postgresRestart: r }: TDriverFaults): TFaultCheck[] {
  if (!r) return [];
  const failed = r.failedAttempts;
  const late = r.failuresAfterUpMs?.filter((t) => t > RECOVERY_LIMIT_MS);
  const clear = failed === undefined ? r.outageErrors.length > 0 && r.outageErrors.every(isRetryableAnswer) : failed > 0 && r.retryableAttempts === failed;
  return [
    {
      goal: 'Moves during the Postgres outage fail with 503 SERVICE_UNAVAILABLE (retryable); the server stays up',
      driver,
      measured: `${failed === undefined ? `distinct answers: ${r.outageErrors.join(' / ')}` : `${r.retryableAttempts} of ${failed} failed attempts were the 503`}; server ${r.serverSurvived ? 'stayed up' : 'exited'}`,
      limit: 'all failures 503, at least one',
      pass: clear && r.serverSurvived,
    },
    {
      goal: 'A move succeeds again after Postgres accepts connections',
      driver,
      measured: `${ms(r.firstMoveAfterMs)} ms`,
      limit: `≤ ${RECOVERY_LIMIT_MS} ms`,
      pass: Number.isFinite(r.firstMoveAfterMs) && r.firstMoveAfterMs <= RECOVERY_LIMIT_MS,
    },
    {
      goal: `No move fails more than ${RECOVERY_LIMIT_MS / 1000} s after Postgres accepts connections`,
      driver,
      measured: late === undefined ? 'not measured' : `${late.length} failed attempts (watched ${ms(r.observedAfterUpMs ?? Number.NaN)} ms)${late.length ? `, at ${late.slice(0, 5).map(ms).join(', ')}${late.length > 5 ? ', …' : ''} ms` : ''}`,
      limit: `none after ${RECOVERY_LIMIT_MS} ms`,
      pass: late === undefined ? undefined : late.length === 0,
    },
  ];
}

function convergenceChecks(d: TDriverFaults): TFaultCheck[] {
  const ran = FINISHED.filter(([key]) => d[key]);
  if (!ran.length) return [];
  const rows = ran.map(([key, name]) => ({ name, diverged: d[key]!.diverged.length, notDatabase: d[key]!.notDatabase?.length }));
  const compared = rows.every((r) => r.notDatabase !== undefined);
  const equal = rows.every((r) => r.diverged === 0 && (r.notDatabase ?? 0) === 0);
  return [{
    goal: 'At the end, every client’s board equals the database (cards and sequence, read directly)',
    driver: d.driver,
    measured: rows.map((r) => `${r.name}: ${r.notDatabase === undefined ? 'not compared with the database' : `${r.notDatabase} differ`}, ${r.diverged} not converged`).join('; '),
    limit: '0',
    pass: !equal ? false : compared ? true : undefined,
  }];
}
