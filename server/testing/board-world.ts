import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { connectSocket } from './connect-socket';
import { startTestServer } from './test-server';

export type TWho = 'manager' | 'rep' | 'viewer' | 'other';

/**
 * The shared world of board integration tests: one server over a clean
 * database, organization A (manager, rep, viewer) and organization B (a rep,
 * "other"), everyone signed in, rebuilt before each test.
 */
export function useBoardWorld() {
  const world = {
    db: undefined as unknown as Awaited<ReturnType<typeof createTestDb>>,
    app: undefined as unknown as Awaited<ReturnType<typeof startTestServer>>,
    a: undefined as unknown as TOrgFixture,
    b: undefined as unknown as TOrgFixture,
    cookie: {} as Record<TWho, string>,
    sockets: [] as Socket[],
    /** A connected socket of `who`, closed after the test. */
    async socketFor(who: TWho) {
      const socket = await connectSocket(world.app.baseUrl, world.cookie[who]);
      world.sockets.push(socket);
      return socket;
    },
  };
  beforeAll(async () => {
    world.db = await createTestDb();
    world.app = await startTestServer(world.db);
  });
  beforeEach(async () => {
    for (const s of world.sockets.splice(0)) s.close();
    await world.db.reset();
    world.a = await createOrgFixture(world.db.db, 'alpha', ['manager', 'rep', 'viewer']);
    world.b = await createOrgFixture(world.db.db, 'beta', ['rep']);
    world.cookie.manager = await world.app.signIn(world.a.byRole.manager.email, FIXTURE_PASSWORD);
    world.cookie.rep = await world.app.signIn(world.a.byRole.rep.email, FIXTURE_PASSWORD);
    world.cookie.viewer = await world.app.signIn(world.a.byRole.viewer.email, FIXTURE_PASSWORD);
    world.cookie.other = await world.app.signIn(world.b.byRole.rep.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    for (const s of world.sockets) s.close();
    await world.app?.close();
    await world.db?.drop();
  });
  return world;
}
