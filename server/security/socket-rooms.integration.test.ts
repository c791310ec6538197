import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { connectSocket } from '~/server/testing/connect-socket';
import { startTestServer } from '~/server/testing/test-server';
import { seedAccessWorld, type TAccessWorld } from './access-world';

/** Events socket.io itself emits on a server socket; every other listened event is ours. */
const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'error', 'newListener', 'removeListener']);

/** A payload per client event addressing organization `w`'s board and card; the test fails for an event missing here. */
const socketEventCases: Record<string, (w: TAccessWorld) => unknown> = {
  'board:watch': (w) => ({ board: `stage:${w.pipeline.id}` }),
  'board:unwatch': (w) => ({ board: `stage:${w.pipeline.id}` }),
  'drag:start': (w) => ({ board: `stage:${w.pipeline.id}`, opportunityId: w.opportunity.id }),
  'drag:end': (w) => ({ board: `stage:${w.pipeline.id}`, opportunityId: w.opportunity.id }),
};

/** Emits and waits for the ack (or 300 ms for events without one). */
const emit = (socket: Socket, event: string, payload: unknown) =>
  new Promise<unknown>((resolve) => {
    const timer = setTimeout(() => resolve('no ack'), 300);
    socket.emit(event, payload, (answer: unknown) => (clearTimeout(timer), resolve(answer)));
  });

/**
 * Every socket.io event, as no session, a member of A and a member of B
 * holding A's real ids and raw room names: room names are derived on the
 * server from the authenticated membership, so B never joins a room of A and
 * no event of A reaches B.
 */
describe('socket.io rooms and events', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TAccessWorld;
  let b: TAccessWorld;
  const sockets: Socket[] = [];
  const open = async (cookie?: string) => {
    const socket = await connectSocket(app.baseUrl, cookie);
    sockets.push(socket);
    return socket;
  };
  const serverSocketOf = (client: Socket) => app.server.io.sockets.sockets.get(client.id!)!;

  beforeAll(async () => {
    db = await createTestDb();
    a = await seedAccessWorld(db.db, 'alpha');
    b = await seedAccessWorld(db.db, 'beta');
    app = await startTestServer(db);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await app?.close();
    await db?.drop();
  });

  it('refuses a connection without a session', async () => {
    await expect(connectSocket(app.baseUrl)).rejects.toThrow('unauthorized');
  });

  it('has a payload case for every event the server listens to', async () => {
    const socket = await open(await app.signIn(a.byRole.viewer.email, FIXTURE_PASSWORD));
    const events = serverSocketOf(socket).eventNames().map(String).filter((e) => !RESERVED.has(e));
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => !socketEventCases[e]), 'add these to socketEventCases').toEqual([]);
  });

  it('keeps another organization’s member out of A’s rooms and deaf to A’s events, whatever ids or room names they send', async () => {
    const watcherA = await open(await app.signIn(a.byRole.viewer.email, FIXTURE_PASSWORD));
    const repA = await open(await app.signIn(a.byRole.rep.email, FIXTURE_PASSWORD));
    const repCookieA = await app.signIn(a.byRole.rep.email, FIXTURE_PASSWORD);
    const intruder = await open(await app.signIn(b.byRole.admin.email, FIXTURE_PASSWORD));
    const heardByA: string[] = [];
    const heardByB: { event: string; payload: unknown }[] = [];
    watcherA.onAny((event: string) => heardByA.push(event));
    intruder.onAny((event: string, payload: unknown) => heardByB.push({ event, payload }));

    const boardA = `stage:${a.pipeline.id}`;
    for (const socket of [watcherA, repA]) expect(await emit(socket, 'board:watch', { board: boardA })).toEqual({ ok: true });
    // B sends every event with A's real ids, then raw room names and extra fields.
    for (const [event, payload] of Object.entries(socketEventCases)) await emit(intruder, event, payload(a));
    const rawRooms = [`org:${a.organizationId}`, `board:${a.organizationId}:${boardA}`, `user:${a.organizationId}:${a.byRole.rep.userId}`, `board:${a.organizationId}:probability`];
    for (const room of rawRooms) {
      expect(await emit(intruder, 'board:watch', { board: room })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      expect(await emit(intruder, 'board:watch', { board: 'probability', room })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      await emit(intruder, 'join', room);
      await emit(intruder, 'subscribe', { room });
    }
    const roomsOfB = [...serverSocketOf(intruder).rooms];
    expect(roomsOfB.filter((room) => room.includes(a.organizationId))).toEqual([]);
    expect(roomsOfB).toContain(`org:${b.organizationId}`);

    // Events of A: a drag mark, a move over tRPC, a private notification, an organization-wide event.
    expect(await emit(repA, 'drag:start', { board: boardA, opportunityId: a.opportunity.id })).toEqual({ ok: true });
    const move = await app.call(
      'mutation',
      'opportunity.move',
      { id: a.opportunity.id, version: a.opportunity.version, target: { kind: 'band', probability: 60 }, rank: 'a1', clientMutationId: randomUUID() },
      repCookieA,
    );
    expect(move.status).toBe(200);
    app.server.publish(a.organizationId, 'probe:private', { secret: 'A' }, [a.byRole.viewer.userId]);
    app.server.publish(a.organizationId, 'probe:org', { secret: 'A' });
    await new Promise((r) => setTimeout(r, 300));

    expect(heardByA).toEqual(expect.arrayContaining(['board:drag', 'board:card', 'probe:private', 'probe:org']));
    const fromA = heardByB.filter(({ payload }) => JSON.stringify(payload ?? null).includes(a.organizationId) || JSON.stringify(payload ?? null).includes(a.opportunity.id) || (payload as { secret?: string })?.secret === 'A');
    expect(fromA).toEqual([]);
    expect(heardByB.map((h) => h.event).filter((e) => ['board:drag', 'board:card', 'probe:private', 'probe:org'].includes(e))).toEqual([]);
  });
});
