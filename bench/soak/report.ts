import { table, verdict } from '../lib/markdown';
import type { TCensus } from './census';
import type { TCycleTotals } from './cycles';

export type TSoakResult = {
  command: string;
  date: string;
  machine: string;
  load: string;
  database: string;
  runtimeSeconds: number;
  cycles: number;
  parallel: number;
  users: number;
  warmUpCycles: number;
  totals: TCycleTotals;
  soakSeconds: number;
  census: { baseline: TCensus; final: TCensus; diff: string[]; settleMs: number };
  heap: { start: number; baseline: number; final: number } | null;
};

/** Heap growth above which the soak fails (fraction of the post-warm-up baseline). */
export const HEAP_GROWTH_LIMIT = 0.1;

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
const n = (value: number) => value.toLocaleString('en');

export const heapGrowth = (heap: NonNullable<TSoakResult['heap']>) => (heap.final - heap.baseline) / heap.baseline;

/** True when every check passed. */
export function soakPassed(r: TSoakResult): boolean {
  return r.totals.failed === 0 && r.census.diff.length === 0 && r.heap !== null && heapGrowth(r.heap) < HEAP_GROWTH_LIMIT;
}

/** The bench:soak section of RESULTS.md. */
export function renderSoakReport(r: TSoakResult): string {
  const censusRows = (Object.keys(r.census.baseline) as (keyof TCensus)[]).map((k) => [k, String(r.census.baseline[k]), String(r.census.final[k])]);
  const growth = r.heap ? heapGrowth(r.heap) : NaN;
  return [
    '## Leak soak',
    '',
    `- **Command:** \`${r.command}\``,
    `- **Date:** ${r.date}`,
    `- **Machine:** ${r.machine}`,
    `- **Load average (1 min):** ${r.load} (other processes share this machine: timings are noisy, the counts are not)`,
    `- **Database:** ${r.database}`,
    `- **Runtime:** ${r.runtimeSeconds.toFixed(0)} s`,
    '',
    `${n(r.cycles)} cycles against the real server in its own process (\`--expose-gc\`), ${r.parallel} at a time, rotating over ${r.users} signed-in users of two organizations, after ${n(r.warmUpCycles)} warm-up cycles: ` +
      `${n(r.totals.full)} full (socket.io connect with the session cookie, \`board:watch\` acked, disconnect), ` +
      `${n(r.totals['watch-drop'])} watch-and-drop (\`board:watch\` sent and disconnected at once, without waiting for the ack), ` +
      `${n(r.totals['mid-auth'])} dropped mid-authentication (engine.io open, socket.io CONNECT sent, TCP dropped while the server checks the session), ` +
      `${n(r.totals['mid-upgrade'])} dropped mid-upgrade (HTTP upgrade request written, TCP destroyed before any answer); ` +
      `${n(r.totals.failed)} failed${r.totals.firstError ? ` (first: ${r.totals.firstError})` : ''}. ` +
      `${(r.cycles / r.soakSeconds).toFixed(0)} cycles/s. One resident socket per user watches its board throughout.`,
    '',
    table(['Server census', 'baseline (resident sockets only)', `after the soak (settled in ${r.census.settleMs} ms)`], censusRows),
    '',
    table(
      ['Check', 'Measured', 'Limit', 'Result'],
      [
        ['Rooms, presence, sockets back to baseline', r.census.diff.length ? r.census.diff.join('; ') : 'all equal', 'equal', verdict(r.census.diff.length === 0)],
        [
          'Heap after GC, growth over the soak',
          r.heap ? `${mib(r.heap.baseline)} → ${mib(r.heap.final)} = ${(growth * 100).toFixed(1)} % (before warm-up: ${mib(r.heap.start)})` : 'not measured (no --expose-gc)',
          `< ${HEAP_GROWTH_LIMIT * 100} %`,
          verdict(r.heap !== null && growth < HEAP_GROWTH_LIMIT),
        ],
        ['Failed cycles', n(r.totals.failed), '0', verdict(r.totals.failed === 0)],
      ],
    ),
  ].join('\n');
}
