import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { TRPC_WS_PATH } from '~/server/http/trpc-ws';
import { ACCESS_CHANGE_EVENT } from '~/server/realtime/revoke-access';
import { connectSocket } from '~/server/testing/connect-socket';
import { startTestServer } from '~/server/testing/test-server';

const REDIS_URL = 'redis://127.0.0.1:6379';

const within = <T>(ms: number, start: Promise<T>) =>
  Promise.race([start, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

/**
 * Two nodes over one database and one Redis: removing a member through node A
 * closes their connections on node B at once, and node B acts on a change
 * relayed by node A over the adapter alone (not only on its own in-process bus).
 */
describe('access revocation across nodes', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let nodeA: Awaited<ReturnType<typeof startTestServer>>;
  let nodeB: Awaited<ReturnType<typeof startTestServer>>;
  let org: TOrgFixture;
  const cleanups: (() => unknown)[] = [];

  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, `revoke${Date.now()}`, ['admin', 'rep', 'manager']);
    nodeA = await startTestServer(db, { redisUrl: REDIS_URL });
    nodeB = await startTestServer(db, { redisUrl: REDIS_URL });
  });
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  afterAll(async () => {
    await nodeA?.close();
    await nodeB?.close();
    await db?.drop();
  });

  /** A socket.io socket and a tRPC WebSocket on node B, with promises of their ends. */
  async function onNodeB(email: string) {
    const cookie = await nodeB.signIn(email, FIXTURE_PASSWORD);
    const socket: Socket = await connectSocket(nodeB.baseUrl, cookie);
    const ws = new WebSocket(`${nodeB.baseUrl.replace(/^http/, 'ws')}${TRPC_WS_PATH}`, { headers: { cookie, origin: nodeB.baseUrl } });
    cleanups.push(() => socket.close(), () => ws.terminate());
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return { socketEnded: new Promise<string>((r) => socket.once('disconnect', r)), wsEnded: new Promise<number>((r) => ws.once('close', r)) };
  }

  it('closes the removed member’s sockets and WebSockets on the other node', async () => {
    const live = await onNodeB(org.byRole.manager.email);
    const admin = await nodeA.signIn(org.byRole.admin.email, FIXTURE_PASSWORD);
    expect((await nodeA.call('mutation', 'organization.removeMember', { memberId: org.byRole.manager.memberId }, admin)).status).toBe(200);
    expect(await within(1500, live.socketEnded)).toBe('io server disconnect');
    expect(await within(1500, live.wsEnded)).toBe(4403);
  });

  it('applies a change relayed over the adapter by another node', async () => {
    const live = await onNodeB(org.byRole.rep.email);
    nodeA.server.io.serverSideEmit(ACCESS_CHANGE_EVENT, { kind: 'removed', userId: org.byRole.rep.userId, organizationId: org.organizationId });
    expect(await within(1500, live.wsEnded)).toBe(4403);
  });
});
