import type { TBoardCard } from '~/domain/board/card';
import { freePort } from '~/server/testing/test-server';
import { closeClients, openClients } from '../lib/clients';
import { finishRun } from '../lib/finish';
import type { TFaultClient } from '../lib/fault-client';
import { runLoad } from '../lib/load';
import { startPrivateRedis } from '../lib/private-redis';
import type { TFaultTarget } from '../lib/target';
import type { TViolations } from '../lib/verify';

export type TRedisLossResult = {
  outageMs: number;
  /** Moves acknowledged during the outage through node A and node B. */
  okDuringOutage: { a: number; b: number };
  /** Events each node's own clients received during the outage (their node's moves). */
  localEventsDuringOutage: { a: number; b: number };
  /** From Redis being back until a move made on A reached a client of B (ms). */
  crossNodeResumedMs: number;
  /** From the end of the load until every client (both nodes) equalled the database (ms). */
  convergeMs: number;
  moves: number;
  diverged: string[];
  /** Clients whose board (open cards, sequence) differed from the database read directly at the end (must be none; older stored runs lack it). */
  notDatabase?: string[];
  violations: TViolations;
};

/**
 * Item 4: two server processes (ports A and B) over one database and a
 * private Redis. Redis is stopped under load: each node must keep serving its
 * own clients; when Redis is back, cross-node delivery must resume and the
 * clients of each node must notice what they missed (board-sequence gap) and
 * catch up.
 */
export async function runRedisLoss(target: TFaultTarget, plan: { clientsPerNode: number; outageMs: number }): Promise<TRedisLossResult> {
  const redis = await startPrivateRedis();
  const portB = await freePort();
  const nodeA = await target.start({ redisUrl: redis.url });
  const nodeB = await target.start({ redisUrl: redis.url, port: portB });
  const cookies = await target.cookies();
  const clientsA = await openClients(nodeA.baseUrl, cookies, plan.clientsPerNode, 'a');
  const clientsB = await openClients(nodeB.baseUrl, cookies, plan.clientsPerNode, 'b');
  const [observer] = await openClients(nodeA.baseUrl, cookies, 1, 'observer');
  let stopLoad = false;
  const events = (clients: TFaultClient[]) => clients.reduce((n, c) => n + c.stats.events, 0);
  try {
    const load = runLoad([...clientsA, ...clientsB], Number.MAX_SAFE_INTEGER, { stop: () => stopLoad, pauseMs: 50 });
    await new Promise((r) => setTimeout(r, 1000));
    const downAt = performance.now();
    redis.stop();
    const before = { a: events(clientsA), b: events(clientsB) };
    await new Promise((r) => setTimeout(r, plan.outageMs));
    const during = { a: events(clientsA) - before.a, b: events(clientsB) - before.b };
    await redis.start();
    const upAt = performance.now();
    const crossNodeResumedMs = await crossNodeDelivery(clientsA[0]!, clientsB[0]!, upAt);
    await new Promise((r) => setTimeout(r, 1000));
    stopLoad = true;
    const moves = await load;
    const okIn = (prefix: string) => moves.filter((m) => m.client.startsWith(prefix) && m.outcome === 'ok' && m.answeredAt! > downAt && m.answeredAt! < upAt).length;
    const { converged, notDatabase, violations } = await finishRun(target, [...clientsA, ...clientsB], observer!, [nodeA, nodeB], moves, 40_000);
    return {
      outageMs: upAt - downAt,
      okDuringOutage: { a: okIn('a'), b: okIn('b') },
      localEventsDuringOutage: during,
      crossNodeResumedMs,
      convergeMs: converged.ms,
      moves: moves.length,
      diverged: converged.diverged,
      notDatabase,
      violations,
    };
  } finally {
    stopLoad = true;
    await closeClients([...clientsA, ...clientsB, observer!]).catch(() => {});
    await Promise.all([nodeA.kill(), nodeB.kill()]);
    redis.dispose();
  }
}

/** Moves a card through `mover` (node A) every 100 ms until `watcher` (node B) receives that move's event; ms since `since`. */
async function crossNodeDelivery(mover: TFaultClient, watcher: TFaultClient, since: number): Promise<number> {
  const { randomUUID } = await import('node:crypto');
  while (performance.now() - since < 30_000) {
    const card = [...mover.state.cards.values()][0]!;
    try {
      const { card: moved } = await mover.trpc.opportunity.move.mutate({ id: card.id, version: card.version, target: { kind: 'band', probability: card.probability === 25 ? 75 : 25 }, rank: card.rank, clientMutationId: randomUUID() });
      mover.apply(moved);
      const key = `${moved.id}:${moved.version}`;
      const arrived = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => (watcher.socket.off('board:card', on), resolve(false)), 300);
        const on = (event: { card: { id: string; version: number } }) => {
          if (`${event.card.id}:${event.card.version}` !== key) return;
          clearTimeout(timer);
          watcher.socket.off('board:card', on);
          resolve(true);
        };
        watcher.socket.on('board:card', on);
      });
      if (arrived) return performance.now() - since;
    } catch (error) {
      // A conflict with the load (adopt the current card) or a retryable error: try again.
      const current = (error as { data?: { appData?: { card?: TBoardCard } } }).data?.appData?.card;
      if (current) mover.apply(current);
    }
  }
  return Number.NaN;
}
