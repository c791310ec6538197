import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Longest stretch (ms) of back-to-back work the event loop may do before a
 * PGlite statement waits for its turn. PGlite runs Postgres synchronously on
 * this thread, and its awaits resolve as microtasks: without turns, every
 * request in flight runs all its statements to the end before the loop reads
 * a socket again. Under a stream of moves one loop turn took 150–650 ms, and
 * a reconnecting tab, whose handshake needs a turn per step (accept, upgrade,
 * engine.io open, socket.io CONNECT, session and membership reads), waited
 * seconds (bench/faults kills scenario). 4 ms measured better than 10 there.
 */
export const PGLITE_SLICE_MS = 4;

const ahead = new AsyncLocalStorage<true>();
/**
 * Whether any PGlite instance of this process takes turns. Until one does,
 * aheadOfQueue calls `fn` directly: on Node 20 the first
 * AsyncLocalStorage.run turns on async hooks for every promise of the
 * process (about 5 % of a Postgres server's CPU per move), for nothing there.
 */
let turnsTaken = false;

/**
 * Runs `fn` with its PGlite statements never waiting for a turn: for the few
 * reads that bring a returning tab back (socket.io handshake, board catch-up
 * and reload), so that after a restart they go before the stream of moves
 * from tabs already back. Postgres ignores it (nothing waits there).
 */
export function aheadOfQueue<T>(fn: () => T): T {
  return turnsTaken ? ahead.run(true, fn) : fn();
}

/**
 * Makes each `query`, `exec` and `transaction` of this PGlite instance (what
 * drizzle, better-auth and queryPrepared call) first check how long the event
 * loop has been busy: past `sliceMs` it waits for the next loop turn
 * (setImmediate), so sockets and timers are served in between. Below that
 * (or inside `aheadOfQueue`) it runs at once, so an idle or lightly loaded
 * server pays nothing. Statements inside a transaction never wait: the
 * transaction holds PGlite's lock, and waiting would only hold everyone up.
 */
export function takeTurns(pglite: PGlite, sliceMs = PGLITE_SLICE_MS): PGlite {
  /** When the current stretch of work began; reset by the first setImmediate after it (the loop's check phase). */
  let busySince: number | undefined;
  turnsTaken = true;
  const turn = (): Promise<void> | void => {
    const now = performance.now();
    if (busySince === undefined) {
      busySince = now;
      setImmediate(() => (busySince = undefined));
      return;
    }
    if (now - busySince < sliceMs || ahead.getStore()) return;
    return new Promise<void>((resolve) => setImmediate(resolve)).then(turn);
  };
  const query = pglite.query.bind(pglite);
  const exec = pglite.exec.bind(pglite);
  const transaction = pglite.transaction.bind(pglite);
  Object.assign(pglite, {
    query: (async (...args: Parameters<PGlite['query']>) => {
      await turn();
      return query(...args);
    }) as PGlite['query'],
    exec: async (...args: Parameters<PGlite['exec']>) => {
      await turn();
      return exec(...args);
    },
    transaction: (async (...args: Parameters<PGlite['transaction']>) => {
      await turn();
      return transaction(...args);
    }) as PGlite['transaction'],
  });
  return pglite;
}
