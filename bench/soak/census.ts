import type { TDealflowServer } from '~/server/create-server';

/** What the realtime layer holds in memory; every count must return to its baseline after clients leave. */
export type TCensus = {
  /** socket.io rooms, including each socket's own room. */
  rooms: number;
  /** Board rooms: the presence structure (watchers of a board). */
  boardRooms: number;
  /** Memberships of board rooms summed over rooms (presence entries). */
  boardWatchers: number;
  /** Sockets of the default namespace. */
  sockets: number;
  /** The adapter's socket → rooms index. */
  adapterSids: number;
  /** engine.io connections (including ones that never completed the socket.io handshake). */
  engineClients: number;
};

/** Counts the realtime structures of one server (in its own process). */
export function realtimeCensus(server: Pick<TDealflowServer, 'io'>): TCensus {
  const nsp = server.io.of('/');
  let boardRooms = 0;
  let boardWatchers = 0;
  for (const [name, members] of nsp.adapter.rooms) {
    if (!name.startsWith('board:')) continue;
    boardRooms += 1;
    boardWatchers += members.size;
  }
  return { rooms: nsp.adapter.rooms.size, boardRooms, boardWatchers, sockets: nsp.sockets.size, adapterSids: nsp.adapter.sids.size, engineClients: server.io.engine.clientsCount };
}

/** Names of the counts that differ between two censuses. */
export function censusDiff(baseline: TCensus, now: TCensus): string[] {
  return (Object.keys(baseline) as (keyof TCensus)[]).filter((k) => baseline[k] !== now[k]).map((k) => `${k} ${baseline[k]} → ${now[k]}`);
}

/**
 * Heap in use after full collections (needs `--expose-gc`; null without it).
 * Several passes with pauses let weak references and finalizers settle.
 */
export async function heapAfterGc(): Promise<number | null> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  for (let i = 0; i < 4; i += 1) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return process.memoryUsage().heapUsed;
}
