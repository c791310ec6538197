import { closeClients } from './clients';
import { awaitConvergence } from './converge';
import type { TFaultClient } from './fault-client';
import type { TMoveRecord } from './moves';
import type { TServerProcess } from './server-process';
import type { TFaultTarget } from './target';
import { checkMoves, readBoardTruth } from './verify';

/**
 * The end of every scenario: wait until the clients converge (through their
 * own sync), close them, stop the servers gracefully, then read the database
 * directly (PGlite needs the data dir free) and check the moves against it.
 */
export async function finishRun(target: TFaultTarget, clients: readonly TFaultClient[], observer: TFaultClient, servers: readonly TServerProcess[], moves: readonly TMoveRecord[], convergeWithinMs: number) {
  const converged = await awaitConvergence(clients, observer, convergeWithinMs);
  await closeClients([...clients, observer]);
  await Promise.all(servers.map((s) => s.stop()));
  const handle = await target.openDirect();
  const truth = await readBoardTruth(handle.db, target.org.organizationId).finally(() => handle.close());
  return { converged, violations: checkMoves(truth, moves) };
}

/** How many moves ended each way. */
export function countOutcomes(moves: readonly TMoveRecord[]) {
  const count = (outcome: TMoveRecord['outcome']) => moves.filter((m) => m.outcome === outcome).length;
  return { moves: moves.length, ok: count('ok'), conflicts: count('conflict'), gaveUp: count('gave-up') };
}
