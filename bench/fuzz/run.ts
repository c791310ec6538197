import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { clientEvents } from '~/server/realtime/client-events';
import { connectSocket } from '~/server/testing/connect-socket';
import { emptyTally, fuzzProcedure, type TFuzzTally } from '~/server/testing/fuzz/fuzz-procedures';
import { httpCall, wsCall } from '~/server/testing/fuzz/fuzz-calls';
import { fuzzSocketEvent } from '~/server/testing/fuzz/fuzz-socket-events';
import { listProcedures, type TProcedureInfo } from '~/server/testing/fuzz/procedures';
import { signIn } from '~/server/testing/sign-in';
import { openRawTrpcWs } from '~/server/testing/trpc-ws-client';
import { FIXTURE_PASSWORD } from '~/db/testing/fixtures';
import { DEFAULT_PG_URL } from '../board/args';
import type { TStartInput } from '../board/server/handlers';
import { forkRpc } from '../lib/child-rpc';
import { monoMs } from '../lib/clock';
import { describeMachine, loadAverage } from '../lib/machine';
import { createBenchDatabase } from '../lib/postgres-db';
import { writeSection } from '../lib/results-file';
import { summarize } from '../lib/stats';
import type { TProbeHandlers } from './probe/handlers';
import { renderFuzzReport, type TFuzzDriverResult } from './report';
import type { TFuzzServerHandlers } from './server/handlers';
import { SERVER_NODE_FLAGS } from '~/server/node-flags';

/**
 * `npm run bench:fuzz [-- --runs N] [-- --quick] [-- --pg-url <url>] [-- --no-pglite]`:
 * the fuzz suite at scale (every procedure over HTTP as rep and viewer and
 * over the tRPC WebSocket, every socket.io event) against a server process
 * on Postgres then PGlite, while another client's moves are timed: idle
 * first, then during the fuzzing. Writes the fuzz section of bench/RESULTS.md
 * (not with --quick).
 */
const RESULTS_FILE = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
const CHILD_ENTRY = fileURLToPath(new URL('./server/child.ts', import.meta.url));
const PROBE_ENTRY = fileURLToPath(new URL('./probe/child.ts', import.meta.url));
/**
 * Niceness of this process while it fuzzes: it stands for hostile clients on
 * other machines, so its own CPU (generating inputs on the same 2 cores) must
 * not pass for the server's. The server and the probe run at normal priority.
 */
const FUZZER_NICENESS = 19;
const SEED = 20261123;
/** Parallel fuzz workers: enough to keep the server busy, as several hostile clients would. */
const WORKERS = 3;
const PROBE_WARMUP_SECONDS = 5;
/**
 * How long the probe moves before the fuzzing, for the idle p99: about as
 * long as the fuzzing itself lasts here (37-40 s), so both p99s come from
 * samples of about one size (a 10 s idle window, 200 moves, gave idle p99s
 * from 13 to 25 ms).
 */
const IDLE_SECONDS = 40;
const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);

const ZArgsSchema = z.object({
  runs: z.coerce.number().int().min(1).max(10_000).default(20),
  quick: z.boolean().default(false),
  pgUrl: z.string().regex(/^postgres(ql)?:\/\/\S+$/).default(DEFAULT_PG_URL),
  pglite: z.boolean().default(true),
});

async function onTarget(input: TStartInput, runs: number, idleSeconds: number): Promise<TFuzzDriverResult> {
  const server = forkRpc<TFuzzServerHandlers>(CHILD_ENTRY, { execArgv: [...SERVER_NODE_FLAGS] });
  const probe = forkRpc<TProbeHandlers>(PROBE_ENTRY);
  try {
    const { baseUrl } = await server.call('start', input);
    const world = await server.call('createWorld', { baseUrl });
    const before = await server.call('digest', { organizationId: world.foreignOrganizationId });
    const managerCookie = await signIn(baseUrl, world.manager.email, FIXTURE_PASSWORD);
    await probe.call('start', { baseUrl, cookie: managerCookie, card: world.moverCard, intervalMs: 50 });
    // Uncounted: the probe's and the server's code paths warm up (JIT) before anything is measured.
    await probe.call('runFor', { seconds: PROBE_WARMUP_SECONDS });
    log(`[${input.driver}] idle propagation (${idleSeconds} s)`);
    const idle = await probe.call('runFor', { seconds: idleSeconds });

    log(`[${input.driver}] fuzzing (${runs} runs per procedure and caller) while moving`);
    const procedures = listProcedures();
    const tallies = { http: emptyTally(), ws: emptyTally(), socket: emptyTally() };
    const started = monoMs();
    await probe.call('begin', undefined);
    const niceness = os.getPriority();
    os.setPriority(FUZZER_NICENESS);
    const httpWorker = async (slice: TProcedureInfo[], offset: number) => {
      for (const [i, procedure] of slice.entries()) {
        for (const who of ['rep', 'viewer'] as const) {
          if (who === 'viewer' && procedure.type === 'query') continue;
          await fuzzProcedure({ procedure, ids: world.ids, tally: tallies.http, label: `http ${who}`, numRuns: who === 'rep' ? runs : Math.ceil(runs / 4), seed: SEED + offset + i, hugeChars: 200_000, call: (x) => httpCall(baseUrl, world.cookie[who], procedure, x) });
        }
      }
    };
    const wsWorker = async () => {
      const ws = await openRawTrpcWs(baseUrl, world.cookie.rep);
      for (const [i, procedure] of procedures.entries()) {
        await fuzzProcedure({ procedure, ids: world.ids, tally: tallies.ws, label: 'ws rep', numRuns: Math.ceil(runs / 2), seed: SEED + 7919 + i, hugeChars: 200_000, call: (x) => wsCall(ws, procedure, x) });
      }
      ws.close();
    };
    const socketWorker = async () => {
      const socket = await connectSocket(baseUrl, world.cookie.rep);
      for (const [i, [event, schema]] of Object.entries(clientEvents).entries()) {
        await fuzzSocketEvent({ socket, event, schema, ids: world.ids, tally: tallies.socket, numRuns: runs * 5, seed: SEED + i });
      }
      socket.close();
    };
    const slices = Array.from({ length: WORKERS }, (_, w) => procedures.filter((_p, i) => i % WORKERS === w));
    await Promise.all([...slices.map((slice, w) => httpWorker(slice, w * 1000)), wsWorker(), socketWorker()]).finally(() => restorePriority(niceness));
    const busy = await probe.call('end', undefined);
    const fuzzSeconds = (monoMs() - started) / 1000;

    const healthz = (await fetch(`${baseUrl}/healthz`)).status;
    const after = await server.call('digest', { organizationId: world.foreignOrganizationId });
    return {
      driver: input.driver,
      procedures: procedures.length,
      events: Object.keys(clientEvents).length,
      tallies,
      fuzzSeconds,
      healthz,
      foreignUnchanged: before.digest === after.digest,
      foreignRows: before.rows,
      idle: summarize(idle),
      busy: summarize(busy.latencies),
      lostMoves: busy.lost,
    };
  } finally {
    await probe.call('close', undefined).catch(() => {});
    await probe.stop();
    await server.call('close', undefined).catch(() => {});
    await server.stop();
  }
}

/** Back to the niceness the fuzzing started from (allowed for root; otherwise the run goes on niced). */
function restorePriority(niceness: number) {
  try {
    os.setPriority(niceness);
  } catch {
    log(`could not restore niceness ${niceness}; the rest of the run stays at ${os.getPriority()}`);
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string' }, quick: { type: 'boolean' }, 'pg-url': { type: 'string' }, 'no-pglite': { type: 'boolean' } }, strict: true });
  const args = ZArgsSchema.parse({ runs: values.runs, quick: values.quick, pgUrl: values['pg-url'], pglite: !values['no-pglite'] });
  const runs = args.quick ? 2 : args.runs;
  const idleSeconds = args.quick ? 10 : IDLE_SECONDS;
  const started = monoMs();
  const loadAtStart = loadAverage();
  const results: TFuzzDriverResult[] = [];
  const database = await createBenchDatabase(args.pgUrl);
  try {
    results.push(await onTarget({ driver: 'postgres', url: database.url }, runs, idleSeconds));
  } finally {
    await database.drop();
  }
  if (args.pglite) results.push(await onTarget({ driver: 'pglite' }, runs, idleSeconds));
  const report = renderFuzzReport(
    { command: ['npm run bench:fuzz', ...(argv.length ? ['--', ...argv] : [])].join(' '), date: new Date().toISOString(), machine: describeMachine(), runtimeSeconds: (monoMs() - started) / 1000, load: `${loadAtStart} at start, ${loadAverage()} at end`, runs },
    results,
  );
  console.log(report);
  if (!args.quick) writeSection(RESULTS_FILE, 'fuzz', report);
  const failures = results.reduce((n, r) => n + Object.values(r.tallies).reduce((m, t: TFuzzTally) => m + t.failures.length, 0), 0);
  if (failures > 0 || results.some((r) => !r.foreignUnchanged || r.healthz !== 200)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
