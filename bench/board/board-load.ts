import { monoMs } from '../lib/clock';
import { summarize, type TSummary } from '../lib/stats';
import { createBenchClient } from '../lib/trpc-client';
import type { TPlan } from './plan';
import { repeat, serverCpuPerOp } from './server-cpu';
import type { TBenchTarget } from './target';

export type TBoardLoadResult = {
  cards: number;
  boardGet: TSummary;
  rawScan: TSummary;
  /** The getBoard service in-process: its read transaction and row mapping, no HTTP. */
  service: TSummary;
  /** superjson.serialize of the service's answer, as tRPC does before sending it. */
  serialize: TSummary;
  /** Size of the serialized answer (JSON bytes, uncompressed). */
  bytes: number;
  /** Server-process CPU per `board.get` over HTTP (ms). */
  boardGetCpu: number;
};

/**
 * Board load: `board.get` of the probability board over HTTP (client-side,
 * including superjson decoding of every card) against a bare-driver
 * `select * from opportunities where organization_id = $1` in the server
 * process, plus the service alone and the superjson serialization of its
 * answer. Interleaved call by call.
 */
export async function measureBoardLoad(target: TBenchTarget, plan: TPlan['board']): Promise<TBoardLoadResult> {
  const { org, repCookie } = target.big;
  const { organizationId } = org;
  const client = await createBenchClient(target.baseUrl, repCookie);
  const boardGet = async () => {
    const board = await client.board.get.query({ board: 'probability' });
    if (board.cards.length !== plan.cards) throw new Error(`board.get returned ${board.cards.length} cards, expected ${plan.cards}`);
  };
  const samples = { boardGet: [] as number[], rawScan: [] as number[], service: [] as number[], serialize: [] as number[] };
  let bytes = 0;
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    const t0 = monoMs();
    await boardGet();
    const boardMs = monoMs() - t0;
    const scan = await target.server.call('rawScans', { organizationId, iterations: 1 });
    if (scan.rows !== plan.cards) throw new Error(`raw scan returned ${scan.rows} rows, expected ${plan.cards}`);
    const service = await target.server.call('serviceBoards', { organizationId, iterations: 1 });
    if (i < plan.warmup) continue;
    samples.boardGet.push(boardMs);
    samples.rawScan.push(...scan.ms);
    samples.service.push(...service.ms);
    samples.serialize.push(...service.serializeMs);
    bytes = service.bytes;
  }
  const boardGetCpu = await serverCpuPerOp(target, plan.cpuOps, () => repeat(plan.cpuOps, boardGet));
  return {
    cards: plan.cards,
    boardGet: summarize(samples.boardGet),
    rawScan: summarize(samples.rawScan),
    service: summarize(samples.service),
    serialize: summarize(samples.serialize),
    bytes,
    boardGetCpu,
  };
}
