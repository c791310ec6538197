import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { closeRedisClient, connectRedis } from '~/server/realtime/redis-client';
import { connectSocket } from '~/server/testing/connect-socket';
import { startTestServer } from '~/server/testing/test-server';
import type { TCardEvent } from '~/server/services/board/move-opportunity';

const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Two server instances over one database and one Redis: a move committed
 * through node A reaches a socket connected to node B.
 */
describe('several server nodes with the Redis adapter', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let nodeA: Awaited<ReturnType<typeof startTestServer>>;
  let nodeB: Awaited<ReturnType<typeof startTestServer>>;
  let org: TOrgFixture;
  let socket: Socket;

  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, `multi${Date.now()}`, ['rep', 'manager']);
    nodeA = await startTestServer(db, { redisUrl: REDIS_URL });
    nodeB = await startTestServer(db, { redisUrl: REDIS_URL });
  });
  afterAll(async () => {
    socket?.close();
    await nodeA?.close();
    await nodeB?.close();
    await db?.drop();
  });

  it('delivers a move made on node A to a client of node B, and shows presence across nodes', async () => {
    const repCookie = await nodeA.signIn(org.byRole.rep.email, FIXTURE_PASSWORD);
    const managerCookie = await nodeB.signIn(org.byRole.manager.email, FIXTURE_PASSWORD);
    socket = await connectSocket(nodeB.baseUrl, managerCookie);
    const received = new Promise<TCardEvent>((resolve) => socket.once('board:card', resolve));
    const res = await nodeA.call('mutation', 'opportunity.move', {
      id: org.opportunity.id,
      version: 1,
      target: { kind: 'band', probability: 75 },
      rank: 'a1',
      clientMutationId: randomUUID(),
    }, repCookie);
    expect(res.status).toBe(200);
    const event = await received;
    expect(event.card).toMatchObject({ id: org.opportunity.id, probability: 75, version: 2 });

    const sockets = await nodeA.server.io.in(`org:${org.organizationId}`).fetchSockets();
    expect(sockets.map((s) => s.data.userId)).toContain(org.byRole.manager.userId);
  });

  it('counts failed sign-ins across nodes: guesses spread over two nodes hit one limit', async () => {
    const email = `nobody-${randomUUID()}@multi.test`;
    const attempt = (node: typeof nodeA) =>
      fetch(`${node.baseUrl}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: node.baseUrl },
        body: JSON.stringify({ email, password: 'wrong-password-123' }),
      }).then((r) => r.status);
    const redis = await connectRedis(REDIS_URL);
    try {
      // The default limit is 10 per account: 5 on each node use it up, so the 11th is refused wherever it lands.
      for (let i = 0; i < 5; i++) expect([await attempt(nodeA), await attempt(nodeB)]).toEqual([401, 401]);
      expect(await attempt(nodeA)).toBe(429);
      expect(await attempt(nodeB)).toBe(429);
    } finally {
      // This test's failures also count against this machine's address for 15 minutes in the shared Redis: take them back.
      await redis.del(`dealflow:sign-in-account:${email}`);
      for (const key of await redis.keys('dealflow:sign-in-address:*')) if (/127\.0\.0\.1|::1$/.test(key)) await redis.decrBy(key, 10);
      await closeRedisClient(redis);
    }
  });
});
