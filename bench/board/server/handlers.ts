import type { TDbHandle } from '~/db/client';
import { openDb } from '~/db/client';
import { runMigrations } from '~/db/migrate';
import { orgRoom } from '~/server/realtime/rooms';
import { startTestServer } from '~/server/testing/test-server';
import { monoMs } from '../../lib/clock';
import type { TRpcHandlers } from '../../lib/child-rpc';
import { createBenchOrg } from './bench-org';
import { serviceBoards } from './board-reads';
import { rawScans, rawUpdates } from './raw-queries';
import { serviceMoves, type TServiceMovesInput } from './service-moves';

export type TBenchDriver = 'postgres' | 'pglite';
export type TStartInput = { driver: 'pglite' } | { driver: 'postgres'; url: string };

type TState = { handle: TDbHandle; app: Awaited<ReturnType<typeof startTestServer>> };
let state: TState | undefined;

function current(): TState {
  if (!state) throw new Error('bench server not started');
  return state;
}

/**
 * What the bench server process does on request. It owns the database (PGlite
 * lives in-process) and the real server (tRPC, auth, socket.io, no Next).
 */
export const benchServerHandlers = {
  async start(input: TStartInput) {
    const handle = await openDb(input.driver === 'postgres' ? { driver: 'postgres', url: input.url } : { driver: 'pglite' });
    await runMigrations(handle);
    // As in production (createDealflowServer warms the forecast job's thread at boot outside tests), so its ~1 s of module
    // loading does not land in the middle of a measurement when the first debounced recompute runs.
    const app = await startTestServer(handle, { forecastWarmUp: true });
    state = { handle, app };
    const rows = handle.sql ? await handle.sql`select version()` : (await handle.pglite!.query<{ version: string }>('select version()')).rows;
    // "PostgreSQL 15.20 (Debian …) on x86_64…": keep the part before the platform.
    return { baseUrl: app.baseUrl, dbVersion: String(rows[0]?.version ?? '?').split(' on ')[0]! };
  },
  createOrg: async (input: { slug: string; cards: number }) => createBenchOrg(current().handle.db, input.slug, input.cards),
  rawUpdates: async (input: { id: string; version: number; iterations: number }) => rawUpdates(current().handle, input),
  rawScans: async (input: { organizationId: string; iterations: number }) => rawScans(current().handle, input),
  serviceMoves: async (input: TServiceMovesInput) => serviceMoves(current().handle, input),
  serviceBoards: async (input: { organizationId: string; iterations: number }) => serviceBoards(current().handle, input),
  /** CPU time this process has used so far (ms, user + system); differences give CPU per operation. */
  cpuMs: async (_input: undefined) => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
  /** A plain room broadcast; `t0` is taken just before the emit. */
  async emit(input: { organizationId: string; event: string; payload: unknown }) {
    const t0 = monoMs();
    current().app.server.io.to(orgRoom(input.organizationId)).emit(input.event, input.payload);
    return { t0 };
  },
  async close() {
    const closing = state;
    state = undefined;
    if (!closing) return;
    await closing.app.close();
    await closing.handle.close();
  },
} satisfies TRpcHandlers;

export type TBenchServerHandlers = typeof benchServerHandlers;
