import { ms, table, verdict } from '../lib/markdown';
import type { TSummary } from '../lib/stats';
import { faultChecks } from './checks';
import type { TDriverFaults, TFaultRun, TScenarioKey } from './results';
import type { TViolations } from './lib/verify';

const label = (d: TDriverFaults['driver']) => (d === 'postgres' ? 'Postgres' : 'PGlite');
const lost = (v?: TViolations) => (v ? String(v.lostWrites.length) : '–');
const problems = (v?: TViolations) => (v ? String(v.badRefusals.length + v.versionGaps.length + v.duplicates.length) : '–');
/** p50 / p95 / p99 (older stored results have no p95). */
const p = (s?: TSummary) => (s && s.n ? `${ms(s.p50)} / ${s.p95 === undefined ? '–' : ms(s.p95)} / ${ms(s.p99)} (n=${s.n})` : '–');
const yes = (ok: boolean) => (ok ? '✅' : '❌');
/** Clients whose board differed from the database read directly ('–': an older run did not compare). */
const notDb = (clients?: string[]) => (clients ? String(clients.length) : '–');
/** Which run each driver's rows of a table come from. */
const measured = (drivers: TDriverFaults[], key: TScenarioKey) =>
  `Measured: ${drivers.map((d) => `${label(d.driver)} ${d.runs?.[key] ? `\`${d.runs[key].command}\`, ${d.runs[key].date}, load ${d.runs[key].load}` : 'run unknown'}`).join('; ')}.`;

const KILLS_INTRO = [
  'Kinds: random moment (SIGKILL from the test) / right before the move statement is sent, so nothing of the move is written / right after a commit, before the reply / in the middle of the broadcast (the server kills itself at the n-th move after every client caught up from the previous restart).',
  'Each kill follows the previous restart once every client has caught up (or 15 s passed). Restart: from spawning the process to it listening (bundled server without Next: the app’s own start adds Next). Catch-up (p50 / p95 / p99 ms, one sample per client and restart):',
  '**from server ready** = from the restarted server listening until the client had applied a successful `board.catchUp`, including the client’s wait for its next reconnect attempt (the issue’s “within 2 s”);',
  '**from reconnect** = from the client’s socket connecting again until then.',
].join(' ');

/** The faults section of bench/RESULTS.md. */
export function renderFaultReport(run: TFaultRun): string {
  const lines = [
    '## Faults (`npm run bench:faults`)',
    '',
    `Latest command: \`${run.command}\` · ${run.date} · ${run.machine} · load average ${run.load} · ${run.runtimeSeconds.toFixed(0)} s${run.complete ? '' : ' · **partial (run still going or stopped)**'}. Tables it did not rerun keep their earlier rows (bench/faults/results.json); each table names the runs it comes from.`,
    '',
    'Real server processes (bundled server, no Next) on a scratch database; clients are the app’s tRPC links and socket.io with the app’s reconnection settings, applying events with `domain/board/board-sync` exactly as the board does. The machine is a shared 2-core VM that was busy with other work: timings are noisy and pessimistic; the correctness columns are what matters.',
    '',
  ];
  const drivers = run.drivers;
  const checks = faultChecks(drivers);
  if (checks.length) {
    lines.push('### Goals of issue 6', '', 'From the tables below (each from the run it names); `npm run bench:faults` exits 1 when a goal of its own run fails.', '', table(
      ['Goal', 'Database', 'Measured', 'Limit', 'Result'],
      checks.map((c) => [c.goal, label(c.driver), c.measured, c.limit, c.pass === undefined ? '– not measured by that run' : verdict(c.pass)]),
    ), '');
  }
  const conv = drivers.filter((d) => d.convergence);
  if (conv.length) {
    lines.push('### 1. Convergence', '', measured(conv, 'convergence'), '', table(
      ['Database', 'Clients', 'Moves', 'Succeeded', 'CONFLICT', 'Moves/s', 'Lost writes', 'Other violations', 'Diverged clients', 'Clients ≠ database'],
      conv.map(({ driver, convergence: c }) => [label(driver), String(c!.clients), String(c!.moves), String(c!.ok), String(c!.conflicts), c!.movesPerSecond.toFixed(0), lost(c!.violations), problems(c!.violations), String(c!.diverged.length), notDb(c!.notDatabase)]),
    ), '');
  }
  const kills = drivers.filter((d) => d.kills);
  if (kills.length) {
    lines.push('### 2. SIGKILL under load', '', measured(kills, 'kills'), '', KILLS_INTRO, '', table(
      ['Database', 'Kills (random/before commit/after commit/broadcast)', 'Moves', 'Succeeded', 'CONFLICT', 'Retried (same id)', 'Replayed', 'Gave up', 'Lost writes', 'Other violations', 'Diverged', 'Clients ≠ database', 'Stale PGlite locks taken over', 'Restart ms p50/p99', 'Catch-up from server ready', 'Catch-up from reconnect', 'Not caught up within 15 s'],
      kills.map(({ driver, kills: k }) => [label(driver), `${k!.kills} (${k!.byKind.random}/${k!.byKind['before-commit'] ?? 0}/${k!.byKind['after-commit']}/${k!.byKind['mid-broadcast']})`, String(k!.moves), String(k!.ok), String(k!.conflicts), String(k!.retried), String(k!.replayed), String(k!.gaveUp), lost(k!.violations), problems(k!.violations), String(k!.diverged.length), notDb(k!.notDatabase), driver === 'pglite' ? `${k!.staleLocks}/${k!.kills}` : '–', `${ms(k!.restart.p50)} / ${ms(k!.restart.p99)}`, p(k!.catchUpFromReady), p(k!.catchUpFromReconnect), k!.late === undefined ? '–' : String(k!.late)]),
    ), '');
  }
  const pg = drivers.find((d) => d.postgresRestart)?.postgresRestart;
  if (pg) {
    lines.push('### 3. Postgres restart under load (private cluster)', '', measured(drivers.filter((d) => d.postgresRestart), 'postgresRestart'), '', table(
      ['Outage ms', 'Server survived', '/readyz', 'Errors during the outage', '503 / failed attempts', 'Ready again after', 'First move after', 'Moves', 'Lost writes', 'Diverged', 'Clients ≠ database'],
      [[ms(pg.outageMs), yes(pg.serverSurvived), pg.readiness.join(' → '), pg.outageErrors.join('<br>'), pg.failedAttempts === undefined ? '–' : `${pg.retryableAttempts} / ${pg.failedAttempts}`, `${ms(pg.readyAfterMs)} ms`, `${ms(pg.firstMoveAfterMs)} ms`, String(pg.moves), lost(pg.violations), String(pg.diverged.length), notDb(pg.notDatabase)]],
    ), '');
  }
  const redis = drivers.find((d) => d.redisLoss)?.redisLoss;
  if (redis) {
    lines.push('### 4. Redis lost, two nodes (Postgres)', '', measured(drivers.filter((d) => d.redisLoss), 'redisLoss'), '', table(
      ['Outage ms', 'Moves OK during outage A / B', 'Local events during outage A / B', 'Cross-node delivery back after', 'Converged after load', 'Moves', 'Lost writes', 'Diverged', 'Clients ≠ database'],
      [[ms(redis.outageMs), `${redis.okDuringOutage.a} / ${redis.okDuringOutage.b}`, `${redis.localEventsDuringOutage.a} / ${redis.localEventsDuringOutage.b}`, `${ms(redis.crossNodeResumedMs)} ms`, `${ms(redis.convergeMs)} ms`, String(redis.moves), lost(redis.violations), String(redis.diverged.length), notDb(redis.notDatabase)]],
    ), '');
  }
  const rc = drivers.filter((d) => d.reconnects);
  if (rc.length) {
    lines.push('### 5. Reconnect cases', '', measured(rc, 'reconnects'), '', table(
      ['Database', 'Case', 'Away (s)', 'Changes missed', 'Catch-up ms (from reconnect)', 'Reloaded', 'Converged'],
      rc.flatMap(({ driver, reconnects }) => reconnects!.map((c) => [label(driver), c.name, (c.gapMs / 1000).toFixed(1), String(c.missed), ms(c.catchUpMs), c.reloaded ? 'yes' : 'no', yes(c.converged)])),
    ), '');
  }
  for (const d of drivers) if (d.error) lines.push(`**${label(d.driver)} run failed:** ${d.error}`, '');
  return lines.join('\n');
}
