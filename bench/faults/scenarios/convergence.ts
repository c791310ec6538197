import { closeClients, openClients } from '../lib/clients';
import { countOutcomes, finishRun } from '../lib/finish';
import { runLoad } from '../lib/load';
import { hotSet, type TFaultTarget } from '../lib/target';
import type { TViolations } from '../lib/verify';

export type TConvergenceResult = {
  clients: number;
  moves: number;
  ok: number;
  conflicts: number;
  /** Moves with no answer after a minute of retries (must be none without faults). */
  gaveUp: number;
  movesPerSecond: number;
  /** Clients whose board still differed from the server's (`board.get`) when the convergence wait ended (must be none). */
  diverged: string[];
  convergeMs: number;
  /** Clients whose board (open cards, sequence) differed from the database read directly at the end (must be none; older stored runs lack it). */
  notDatabase?: string[];
  violations: TViolations;
};

/**
 * Item 1: `clients` clients make `moves` random moves on one board of
 * `target` (few cards, so many moves conflict); then every client's board
 * must equal the database's and every answer must match what was written.
 */
export async function runConvergence(target: TFaultTarget, plan: { clients: number; moves: number; hotCards?: number }): Promise<TConvergenceResult> {
  const server = await target.start();
  const cookies = await target.cookies();
  const clients = await openClients(target.baseUrl, cookies, plan.clients);
  const [observer] = await openClients(target.baseUrl, cookies, 1, 'observer');
  try {
    const t0 = performance.now();
    const moves = await runLoad(clients, plan.moves, { seed: 1, hot: hotSet(target, plan.hotCards) });
    const seconds = (performance.now() - t0) / 1000;
    const { converged, notDatabase, violations } = await finishRun(target, clients, observer!, [server], moves, 10_000);
    return {
      clients: plan.clients,
      ...countOutcomes(moves),
      movesPerSecond: moves.length / seconds,
      diverged: converged.diverged,
      convergeMs: converged.ms,
      notDatabase,
      violations,
    };
  } finally {
    await closeClients([...clients, observer!]).catch(() => {});
    await server.kill();
  }
}
