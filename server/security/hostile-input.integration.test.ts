import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '~/db/testing/test-db';
import { clientEvents } from '~/server/realtime/client-events';
import { connectSocket } from '~/server/testing/connect-socket';
import { emptyTally, fuzzProcedure, type TFuzzTally } from '~/server/testing/fuzz/fuzz-procedures';
import { createFuzzWorld } from '~/server/testing/fuzz/fuzz-world';
import { httpCall, wsCall } from '~/server/testing/fuzz/fuzz-calls';
import { organizationDigest } from '~/server/testing/fuzz/organization-rows';
import { listProcedures } from '~/server/testing/fuzz/procedures';
import { fuzzSocketEvent } from '~/server/testing/fuzz/fuzz-socket-events';
import { startTestServer } from '~/server/testing/test-server';
import { openRawTrpcWs } from '~/server/testing/trpc-ws-client';
import { appRouter } from '~/server/trpc/root';

/**
 * Inputs per procedure and caller: `fixed` of the fixed hostile inputs plus
 * `runs` generated ones. Sized for the suite's time budget (~540 cases);
 * `npm run bench:fuzz` runs many more.
 */
const PLAN = { rep: { fixed: 3, runs: 2 }, viewer: { fixed: 0, runs: 1 }, ws: { fixed: 2, runs: 2 }, socketEvent: 6 };
const SEED = 20261123;
const report = (tally: TFuzzTally) => tally.failures.map((f) => `${f.label} ${f.path}: ${f.problem}\n    input ${f.input}`).join('\n');

/**
 * Property-based fuzzing of every tRPC procedure (enumerated from the router)
 * and every socket.io event (from the exported table): hostile inputs always
 * get a 4xx with a readable message, never a 500; the server stays up and
 * the other organization's rows are untouched.
 */
describe('hostile input', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let world: Awaited<ReturnType<typeof createFuzzWorld>>;
  let foreignBefore: Awaited<ReturnType<typeof organizationDigest>>;
  const procedures = listProcedures();
  beforeAll(async () => {
    db = await createTestDb();
    app = await startTestServer(db);
    world = await createFuzzWorld(db.db, app.signIn);
    foreignBefore = await organizationDigest(db.db, world.b.organizationId);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('enumerates every procedure of the router', () => {
    expect(procedures.map((p) => p.path).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
    expect(procedures.length).toBeGreaterThan(50);
  });

  it('answers 400 with a readable message to values the database refuses (regression: these were 500s leaking the SQL)', async () => {
    const nul = await app.call('mutation', 'customer.create', { legalName: 'Acme\u0000 S.L.', country: 'ES' }, world.cookie.rep);
    expect(nul).toMatchObject({ status: 400, error: { message: 'Text contains a character that cannot be stored (such as a NUL character).' } });
    const search = await app.call('query', 'customer.list', { search: 'a\u0000b' }, world.cookie.rep);
    expect(search.status).toBe(400);
    const move = { id: world.a.opportunity.id, version: 2 ** 53 - 1, target: { kind: 'band', probability: 50 }, rank: 'a1', clientMutationId: 'regression-1' };
    const overflow = await app.call('mutation', 'opportunity.move', move, world.cookie.rep);
    expect(overflow).toMatchObject({ status: 400, error: { message: 'A number is out of the range that can be stored.', data: { code: 'BAD_REQUEST' } } });
    // The move's own statement path (PREPARE/EXECUTE with literals on PGlite) refuses NUL the same way.
    const lost = await app.call('mutation', 'opportunity.move', { ...move, version: 1, target: { kind: 'lost', reason: 'a\u0000b' }, clientMutationId: 'regression-2' }, world.cookie.rep);
    expect(lost).toMatchObject({ status: 400, error: { message: 'Text contains a character that cannot be stored (such as a NUL character).' } });
  });

  it('answers hostile inputs over HTTP with a readable 4xx, as a rep and as a viewer', async () => {
    const tally = emptyTally();
    for (const [i, procedure] of procedures.entries()) {
      for (const who of ['rep', 'viewer'] as const) {
        if (who === 'viewer' && procedure.type === 'query') continue; // viewers read what reps read; their mutations take another path (FORBIDDEN)
        await fuzzProcedure({
          procedure, ids: world.ids, tally, label: `http ${who}`, numRuns: PLAN[who].runs, fixed: PLAN[who].fixed, seed: SEED + i, hugeChars: 200_000,
          call: (input) => httpCall(app.baseUrl, world.cookie[who], procedure, input),
        });
      }
    }
    console.info(`[fuzz http] ${tally.cases} cases, by status ${JSON.stringify(tally.byStatus)}`);
    expect(report(tally)).toBe('');
  }, 120_000);

  it('answers hostile inputs over the tRPC WebSocket the same way (every eighth procedure)', async () => {
    const ws = await openRawTrpcWs(app.baseUrl, world.cookie.rep);
    const tally = emptyTally();
    try {
      for (const [i, procedure] of procedures.entries()) {
        if (i % 8 !== 0) continue;
        await fuzzProcedure({ procedure, ids: world.ids, tally, label: 'ws rep', numRuns: PLAN.ws.runs, fixed: PLAN.ws.fixed, seed: SEED + i, hugeChars: 200_000, call: (input) => wsCall(ws, procedure, input) });
      }
    } finally {
      ws.close();
    }
    console.info(`[fuzz ws] ${tally.cases} cases, by status ${JSON.stringify(tally.byStatus)}`);
    expect(report(tally)).toBe('');
  }, 60_000);

  describe('socket.io events', () => {
    let socket: Socket;
    beforeAll(async () => {
      socket = await connectSocket(app.baseUrl, world.cookie.rep);
    });
    afterAll(() => socket?.close());

    it('lists every event the server listens to in the exported table', () => {
      const serverSocket = [...app.server.io.of('/').sockets.values()][0]!;
      const listened = serverSocket.eventNames().filter((name) => typeof name === 'string' && name !== 'disconnect' && name !== 'disconnecting' && name !== 'error');
      expect(listened.sort()).toEqual(Object.keys(clientEvents).sort());
    });

    it('acks hostile payloads with ok or a readable error, and stays connected', async () => {
      const tally = emptyTally();
      for (const [i, [event, schema]] of Object.entries(clientEvents).entries()) {
        await fuzzSocketEvent({ socket, event, schema, ids: world.ids, tally, numRuns: PLAN.socketEvent, seed: SEED + i });
      }
      console.info(`[fuzz socket.io] ${tally.cases} cases, by status ${JSON.stringify(tally.byStatus)}`);
      expect(report(tally)).toBe('');
      expect(socket.connected).toBe(true);
    }, 60_000);
  });

  it('stays up and leaves the other organization untouched', async () => {
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    expect(await organizationDigest(db.db, world.b.organizationId)).toEqual(foreignBefore);
    expect(foreignBefore.rows).toBeGreaterThan(5);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined(); // no prototype pollution in this (the server's) process
  });
});
