import { closeClients } from './clients';
import { awaitConvergence } from './converge';
import type { TFaultClient } from './fault-client';
import type { TMoveRecord } from './moves';
import type { TServerProcess } from './server-process';
import type { TFaultTarget } from './target';
import { boardsVsDatabase, checkMoves, readBoardTruth } from './verify';

/**
 * The end of every scenario: wait until the clients converge (through their
 * own sync, compared with `board.get`), close them, stop the servers
 * gracefully, then read the database directly (PGlite needs the data dir
 * free), check the moves against it and compare every client's board with
 * the database's cards and sequence (`notDatabase`: must be empty).
 */
export async function finishRun(target: TFaultTarget, clients: readonly TFaultClient[], observer: TFaultClient, servers: readonly TServerProcess[], moves: readonly TMoveRecord[], convergeWithinMs: number) {
  const converged = await awaitConvergence(clients, observer, convergeWithinMs);
  await closeClients([...clients, observer]);
  await Promise.all(servers.map((s) => s.stop()));
  const handle = await target.openDirect();
  const truth = await readBoardTruth(handle.db, target.org.organizationId).finally(() => handle.close());
  const boards = clients.map((c) => ({ name: c.name, seq: c.state.seq, cards: c.state.cards.values() }));
  return { converged, notDatabase: boardsVsDatabase(truth, boards), violations: checkMoves(truth, moves) };
}

/** How many moves ended each way. */
export function countOutcomes(moves: readonly TMoveRecord[]) {
  const count = (outcome: TMoveRecord['outcome']) => moves.filter((m) => m.outcome === outcome).length;
  return { moves: moves.length, ok: count('ok'), conflicts: count('conflict'), gaveUp: count('gave-up') };
}
