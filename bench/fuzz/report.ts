import type { TFuzzTally } from '~/server/testing/fuzz/fuzz-procedures';
import { ms, table, verdict } from '../lib/markdown';
import type { TSummary } from '../lib/stats';

export type TFuzzDriverResult = {
  driver: string;
  procedures: number;
  events: number;
  tallies: { http: TFuzzTally; ws: TFuzzTally; socket: TFuzzTally };
  fuzzSeconds: number;
  healthz: number;
  foreignUnchanged: boolean;
  foreignRows: number;
  idle: TSummary;
  busy: TSummary;
  lostMoves: number;
};

type TMeta = { command: string; date: string; machine: string; runtimeSeconds: number; load: string; runs: number };

/** Allowed growth of another client's p99 move propagation while the fuzzer runs. */
const P99_GOAL_RATIO = 2;

const statuses = (t: TFuzzTally) =>
  Object.entries(t.byStatus)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');

/** The fuzz section of bench/RESULTS.md. */
export function renderFuzzReport(meta: TMeta, results: TFuzzDriverResult[]): string {
  const lines = [
    '## Fuzz (hostile input) — `npm run bench:fuzz`',
    '',
    `Command \`${meta.command}\`, ${meta.date}, ${meta.machine}; load ${meta.load}; ${meta.runtimeSeconds.toFixed(0)} s.`,
    `Generated inputs: ${meta.runs} per procedure as a rep over HTTP, ${Math.ceil(meta.runs / 4)} as a viewer (mutations), ${Math.ceil(meta.runs / 2)} over the tRPC WebSocket, ${meta.runs * 5} per socket.io event; plus 8 fixed hostile inputs per procedure and caller. Default flood limits (as in production).`,
    '',
  ];
  for (const r of results) {
    const all = [r.tallies.http, r.tallies.ws, r.tallies.socket];
    const cases = all.reduce((n, t) => n + t.cases, 0);
    const failures = all.flatMap((t) => t.failures);
    const ratio = r.busy.p99 / r.idle.p99;
    lines.push(
      `### ${r.driver}`,
      '',
      table(
        ['', 'cases', 'answers by status', 'failures'],
        [
          [`HTTP (${r.procedures} procedures, rep + viewer)`, String(r.tallies.http.cases), statuses(r.tallies.http), String(r.tallies.http.failures.length)],
          ['tRPC WebSocket (rep)', String(r.tallies.ws.cases), statuses(r.tallies.ws), String(r.tallies.ws.failures.length)],
          [`socket.io (${r.events} events, rep)`, String(r.tallies.socket.cases), statuses(r.tallies.socket), String(r.tallies.socket.failures.length)],
          ['**total**', `**${cases}**`, '', `**${failures.length}**`],
        ],
      ),
      '',
      `Fuzzing took ${r.fuzzSeconds.toFixed(0)} s. Calls retried once after a connection failed before any answer: ${all.reduce((n, t) => n + t.retries, 0)}. /healthz after: ${r.healthz}. Other organization (${r.foreignRows} rows): ${r.foreignUnchanged ? 'unchanged' : '**CHANGED**'}.`,
      '',
      table(
        ['another client\'s move propagation', 'moves', 'p50', 'p99', 'max'],
        [
          ['idle', String(r.idle.n), ms(r.idle.p50), ms(r.idle.p99), ms(r.idle.max)],
          ['while fuzzing', String(r.busy.n), ms(r.busy.p50), ms(r.busy.p99), ms(r.busy.max)],
        ],
      ),
      '',
      `p99 while fuzzing / idle: ${ratio.toFixed(2)}× (goal ≤ ${P99_GOAL_RATIO}×): ${verdict(ratio <= P99_GOAL_RATIO)}. Moves whose event never came: ${r.lostMoves}.`,
      '',
    );
    if (failures.length) lines.push('Failures:', '', ...failures.slice(0, 30).map((f) => `- ${f.label} \`${f.path}\`: ${f.problem} — input \`${f.input.slice(0, 120)}\``), '');
  }
  lines.push(
    'How the other client is measured: the probe (one move every 50 ms over the tRPC WebSocket, timed to a watcher\'s `board:card` event) runs in its own process at normal priority, like the server. It moves for 5 s uncounted (warm-up), then 40 s idle (10 s with --quick), then for as long as the fuzzing lasts. The fuzzer stands for hostile clients elsewhere: it runs in the bench process at niceness 19 while it fuzzes, so generating its inputs on the same 2 cores does not pass for the server\'s cost. The server handles every fuzz call in full; its CPU is what the other client shares.',
  );
  return lines.join('\n');
}
