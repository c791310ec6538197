import { closeClients, openClients } from '../lib/clients';
import { awaitConvergence } from '../lib/converge';
import { runLoad } from '../lib/load';
import { hotSet, type TFaultTarget } from '../lib/target';
import { checkMoves, readBoardTruth, type TViolations } from '../lib/verify';

export type TConvergenceResult = {
  clients: number;
  moves: number;
  ok: number;
  conflicts: number;
  movesPerSecond: number;
  /** Clients whose board differed from the database after the load (must be none). */
  diverged: string[];
  convergeMs: number;
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
    const converged = await awaitConvergence(clients, observer!, 10_000);
    await closeClients([...clients, observer!]);
    await server.stop();
    const handle = await target.openDirect();
    const truth = await readBoardTruth(handle.db, target.org.organizationId).finally(() => handle.close());
    return {
      clients: plan.clients,
      moves: moves.length,
      ok: moves.filter((m) => m.outcome === 'ok').length,
      conflicts: moves.filter((m) => m.outcome === 'conflict').length,
      movesPerSecond: moves.length / seconds,
      diverged: converged.diverged,
      convergeMs: converged.ms,
      violations: checkMoves(truth, moves),
    };
  } finally {
    await closeClients([...clients, observer!]).catch(() => {});
    await server.kill();
  }
}
