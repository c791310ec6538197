import { monoMs } from '../lib/clock';
import { summarize, type TSummary } from '../lib/stats';
import { createBenchClient } from '../lib/trpc-client';
import { createMover } from './mover';
import type { TPlan } from './plan';
import { repeat, serverCpuPerOp } from './server-cpu';
import type { TBenchTarget } from './target';

type TOps<T> = { move: T; rawUpdate: T; service: T; httpFloor: T };
/** Wall time per operation, and the server process's CPU time per operation (ms). */
export type TRoundTripResult = TOps<TSummary> & { cpu: TOps<number> };

/**
 * Move round trip, with no socket clients: the `opportunity.move` call (tRPC over WebSocket, as in the browser)
 * as the browser makes it, against one version-checked UPDATE through the bare
 * driver. Two decomposition figures explain the gap: the move service alone
 * (in-process transaction) and a light authenticated query over HTTP
 * (`pipeline.list`: session lookup, membership check, two small selects).
 * The four are interleaved call by call.
 */
export async function measureRoundTrip(target: TBenchTarget, plan: TPlan['roundTrip']): Promise<TRoundTripResult> {
  const { org, repCookie } = target.live;
  const client = await createBenchClient(target.baseUrl, repCookie);
  const mover = createMover(client, org.cards[1]!);
  const rawCard = { ...org.cards[2]! };
  const serviceCard = { ...org.cards[3]! };
  const viewer = { userId: org.rep.userId, memberId: org.rep.memberId, organizationId: org.organizationId, name: org.rep.name };
  const rawUpdates = async (iterations: number) => {
    const result = await target.server.call('rawUpdates', { id: rawCard.id, version: rawCard.version, iterations });
    rawCard.version = result.version;
    return result.ms;
  };
  const serviceMoves = async (iterations: number) => {
    const result = await target.server.call('serviceMoves', { viewer, id: serviceCard.id, version: serviceCard.version, rank: serviceCard.rank, iterations });
    serviceCard.version = result.version;
    return result.ms;
  };
  const timed = async (op: () => Promise<unknown>) => {
    const t0 = monoMs();
    await op();
    return monoMs() - t0;
  };

  const samples: TOps<number[]> = { move: [], rawUpdate: [], service: [], httpFloor: [] };
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    const move = await timed(() => mover.move());
    const [rawUpdate] = await rawUpdates(1);
    const [service] = await serviceMoves(1);
    const httpFloor = await timed(() => client.pipeline.list.query());
    if (i < plan.warmup) continue;
    samples.move.push(move);
    samples.rawUpdate.push(rawUpdate!);
    samples.service.push(service!);
    samples.httpFloor.push(httpFloor);
  }

  const n = plan.cpuOps;
  const cpu: TOps<number> = {
    move: await serverCpuPerOp(target, n, () => repeat(n, () => mover.move())),
    rawUpdate: await serverCpuPerOp(target, n, () => rawUpdates(n)),
    service: await serverCpuPerOp(target, n, () => serviceMoves(n)),
    httpFloor: await serverCpuPerOp(target, n, () => repeat(n, () => client.pipeline.list.query())),
  };
  return {
    move: summarize(samples.move),
    rawUpdate: summarize(samples.rawUpdate),
    service: summarize(samples.service),
    httpFloor: summarize(samples.httpFloor),
    cpu,
  };
}
