import type { TDbHandle } from '~/db/client';
import { openDb } from '~/db/client';
import { runMigrations } from '~/db/migrate';
import type { TRpcHandlers } from '../../lib/child-rpc';
import { heapAfterGc, realtimeCensus } from '../census';
import { startSoakServer } from '../soak-world';

export type TSoakStartInput = { driver: 'pglite' } | { driver: 'postgres'; url: string };

let state: { handle: TDbHandle; world: Awaited<ReturnType<typeof startSoakServer>> } | undefined;

function current() {
  if (!state) throw new Error('soak server not started');
  return state;
}

/**
 * The soak's server process (forked with --expose-gc): owns the database and
 * the real server, and reports its realtime census and heap over IPC only
 * (no HTTP debug endpoint exists in the app).
 */
export const soakServerHandlers = {
  async start(input: TSoakStartInput) {
    const handle = await openDb(input.driver === 'postgres' ? { driver: 'postgres', url: input.url } : { driver: 'pglite' });
    await runMigrations(handle);
    const world = await startSoakServer(handle);
    state = { handle, world };
    return { clients: world.clients };
  },
  census: async (_input: undefined) => realtimeCensus(current().world.app.server),
  /** Heap in use after full GCs (bytes); null when the process lacks --expose-gc. */
  heap: async (_input: undefined) => heapAfterGc(),
  async close() {
    const closing = state;
    state = undefined;
    if (!closing) return;
    await closing.world.app.close();
    await closing.handle.close();
  },
} satisfies TRpcHandlers;

export type TSoakServerHandlers = typeof soakServerHandlers;
