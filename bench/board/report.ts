import { ms, table, times, verdict } from '../lib/markdown';
import { ratio, type TSummary } from '../lib/stats';
import { evaluateGoals, label } from './goals';
import { planFor } from './plan';
import type { TDriverResults } from './suite';
import { SUSTAINED_P99_MS, type TSustainedResult } from './sustained';

export type TRunInfo = { command: string; date: string; machine: string; runtimeSeconds: number; load: string; quick: boolean };

const p3 = (s: TSummary) => [ms(s.p50), ms(s.p95), ms(s.p99)];

/** The board section of bench/RESULTS.md. */
export function renderReport(info: TRunInfo, results: TDriverResults[]): string {
  const goals = evaluateGoals(results);
  const databases = results.map((r) => `${label(r.driver)}: ${r.dbVersion}`).join('; ');
  const minutes = `${Math.floor(info.runtimeSeconds / 60)} min ${Math.round(info.runtimeSeconds % 60)} s`;
  return [
    `## Board: realtime moves and board loads${info.quick ? ' (quick run, not representative)' : ''}`,
    '',
    `- **Command:** \`${info.command}\``,
    `- **Date:** ${info.date}`,
    `- **Machine:** ${info.machine}`,
    `- **Load average (1 min):** ${info.load}`,
    `- **Databases:** ${databases}`,
    `- **Runtime:** ${minutes}`,
    '- **Setup:** the real server (tRPC, better-auth, socket.io; no Next) runs in its own Node process; the clients (the app\'s tRPC links: `opportunity.move` over the tRPC WebSocket `/api/trpc-ws`, queries over batched HTTP; socket.io-client over websocket) run in the bench process, so client and server time stamps come from one monotonic clock. Percentiles are nearest-rank; propagation samples are (move, client) pairs. All times in ms.',
    '',
    '### Goals',
    '',
    table(['Goal', 'Measured', 'Limit', 'Result'], goals.map((g) => [g.goal, g.unit === 'ms' ? `${ms(g.measured)} ms` : times(g.measured), g.unit === 'ms' ? `≤ ${g.limit} ms` : `≤ ${g.limit}×`, verdict(g.pass)])),
    '',
    ...results.flatMap((r) => (r.sustained ? [`Sustained load (${label(r.driver)}): highest rate with p99 propagation < ${SUSTAINED_P99_MS} ms: **${r.sustained.highestSustained ?? 'none'}**${r.sustained.highestSustained === null ? '' : ' moves/s'} (highest rate held at any latency: ${r.sustained.highestHeld ?? 'none'}${r.sustained.highestHeld === null ? '' : ' moves/s'}).`, ''] : [])),
    '### 1. Propagation latency',
    '',
    'Move → event: from just before the `opportunity.move` call (tRPC over WebSocket) to each client\'s `board:card` handler. Raw broadcast: `io.to(room).emit` of the same payload inside the server process, from just before the emit to each client\'s handler. Moves and broadcasts alternate.',
    '',
    table(
      ['DB', 'Clients', 'Moves', 'Payload (B)', 'Move→event p50', 'p95', 'p99', 'Raw p50', 'p95', 'p99', 'Ratio p50', 'Ratio p99'],
      results.flatMap((r) => r.propagation.map((row) => [label(r.driver), String(row.listeners), String(row.moves), String(row.payloadBytes), ...p3(row.propagation), ...p3(row.raw), times(ratio(row.propagation.p50, row.raw.p50)), times(ratio(row.propagation.p99, row.raw.p99))])),
    ),
    '',
    '### 2. Move round trip (no socket clients)',
    '',
    `Measured after ${planFor(info.quick).roundTrip.warmup} uncounted interleaved rounds of the four calls below (steady state: V8 has optimized the hot paths, as in a server that has been up for minutes).`,
    '',
    table(
      ['DB', 'opportunity.move p50', 'p95', 'Raw UPDATE p50', 'p95', 'Ratio p50', 'Ratio p95'],
      results.map((r) => [label(r.driver), ms(r.roundTrip.move.p50), ms(r.roundTrip.move.p95), ms(r.roundTrip.rawUpdate.p50), ms(r.roundTrip.rawUpdate.p95), times(ratio(r.roundTrip.move.p50, r.roundTrip.rawUpdate.p50)), times(ratio(r.roundTrip.move.p95, r.roundTrip.rawUpdate.p95))]),
    ),
    '',
    'Where the time goes: wall time (p50, interleaved with the calls above) and the Node server process\'s CPU time per call (database CPU not included). `pipeline.list` is a light authenticated query (session lookup, membership check, two small selects), i.e. the cost of any procedure before it does its own work.',
    '',
    table(
      ['DB', 'Operation', 'Wall p50', 'Server CPU / call'],
      results.flatMap((r) => {
        const rt = r.roundTrip;
        return [
          [label(r.driver), 'Raw UPDATE (bare driver, in the server process)', ms(rt.rawUpdate.p50), ms(rt.cpu.rawUpdate)],
          [label(r.driver), 'Move service in-process (its one statement only)', ms(rt.service.p50), ms(rt.cpu.service)],
          [label(r.driver), '`pipeline.list` over HTTP', ms(rt.httpFloor.p50), ms(rt.cpu.httpFloor)],
          [label(r.driver), '`opportunity.move` over the tRPC WebSocket', ms(rt.move.p50), ms(rt.cpu.move)],
        ];
      }),
    ),
    '',
    ...results.flatMap((r) => (r.sustained ? renderSustained(label(r.driver), r.sustained) : [])),
    '### 4. Catch-up',
    '',
    table(
      ['DB', 'Open cards', 'Missed moves', 'board.catchUp p50', 'p95', 'board.get p50', 'p95', 'Ratio p50'],
      results.map((r) => [label(r.driver), String(r.catchUp.cards), String(r.catchUp.missedMoves), ms(r.catchUp.catchUp.p50), ms(r.catchUp.catchUp.p95), ms(r.catchUp.boardGet.p50), ms(r.catchUp.boardGet.p95), times(ratio(r.catchUp.catchUp.p50, r.catchUp.boardGet.p50))]),
    ),
    '',
    '### 5. Board load',
    '',
    '`board.get` of the probability board over HTTP (including superjson decoding in the client) against `select * from opportunities where organization_id = $1` through the bare driver in the server process.',
    '',
    table(
      ['DB', 'Open cards', 'board.get p50', 'p95', 'Raw scan p50', 'p95', 'Ratio p50'],
      results.map((r) => {
        const b = r.boardLoad;
        return [label(r.driver), String(b.cards), ms(b.boardGet.p50), ms(b.boardGet.p95), ms(b.rawScan.p50), ms(b.rawScan.p95), times(ratio(b.boardGet.p50, b.rawScan.p50))];
      }),
    ),
    '',
    'Where the time goes (p50): the getBoard service in-process (read transaction, drizzle row mapping), the superjson serialization of its answer (what tRPC does before sending), the answer\'s size, and the server process\'s CPU per `board.get` over HTTP.',
    '',
    table(
      ['DB', 'getBoard service in-process', 'superjson.serialize', 'Answer size', 'Server CPU / board.get'],
      results.map((r) => {
        const b = r.boardLoad;
        return [label(r.driver), ms(b.service.p50), ms(b.serialize.p50), `${(b.bytes / 1024 ** 2).toFixed(2)} MiB`, ms(b.boardGetCpu)];
      }),
    ),
    '',
  ].join('\n');
}

function renderSustained(db: string, s: TSustainedResult): string[] {
  return [
    `### 3. Sustained load (${db}, ${s.movers} movers, ${s.listeners} listeners, ${s.stepSeconds} s per step)`,
    '',
    `A rate is *held* when ≥ 95 % of it is achieved with no failed move and no lost delivery; a step *passes* when it is held with p99 propagation < ${SUSTAINED_P99_MS} ms. The rate rises until two steps in a row are not held.`,
    '',
    table(
      ['Target moves/s', 'Achieved', 'Moves', 'Errors', 'Lost deliveries', 'Propagation p50', 'p95', 'p99', 'Round trip p50', 'p99', 'Held', 'Result'],
      s.steps.map((step) => [String(step.targetRate), step.achievedRate.toFixed(0), String(step.moves), String(step.errors), String(step.lost), ...p3(step.propagation), ms(step.roundTrip.p50), ms(step.roundTrip.p99), step.held ? 'yes' : 'no', verdict(step.pass)]),
    ),
    '',
    ...(s.skipped.length ? [`Not run: ${s.skipped.join(', ')} moves/s.`, ''] : []),
    `**Highest sustained rate (p99 < ${SUSTAINED_P99_MS} ms):** ${s.highestSustained === null ? 'none of the steps' : `${s.highestSustained} moves/s`}. **Highest rate held at any latency:** ${s.highestHeld === null ? 'none' : `${s.highestHeld} moves/s`}.`,
    '',
  ];
}
