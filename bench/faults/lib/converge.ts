import { boardKey } from './verify';
import type { TFaultClient } from './fault-client';

/**
 * Waits until every client's board equals the server's (`board.get` by
 * `observer`, which reads the database), each through its own sync logic;
 * nothing here forces a catch-up. Resolves with the clients that still differ
 * after `timeoutMs` (empty when all converged) and how long it took (ms).
 * This is the wait through the API; finishRun then compares each client's
 * board with the database itself (boardsVsDatabase).
 */
export async function awaitConvergence(clients: readonly TFaultClient[], observer: TFaultClient, timeoutMs: number) {
  const t0 = performance.now();
  for (;;) {
    const truth = await observer.trpc.board.get.query({ board: 'probability' });
    const expected = boardKey(truth.cards);
    const diverged = clients.filter((c) => boardKey(c.state.cards.values()) !== expected || c.state.seq !== truth.seq);
    if (diverged.length === 0 || performance.now() - t0 > timeoutMs) {
      const explained = diverged.map((c) => `${c.name} ${JSON.stringify(c.diagnose())}`);
      return { diverged: explained, ms: performance.now() - t0, seq: truth.seq, key: expected };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
