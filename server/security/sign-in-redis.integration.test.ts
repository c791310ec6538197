import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { freePort, startTestServer } from '~/server/testing/test-server';

/**
 * Sign-in throttling counted in Redis (several nodes) survives losing Redis:
 * the in-memory limiter answers at once, so sign-in neither hangs nor fails.
 * A private redis-server, so stopping it disturbs nothing else.
 */
describe('sign-in throttling when Redis goes away', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let redis: ChildProcess;
  let org: TOrgFixture;
  let port: number;
  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 300));
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    db = await createTestDb();
    org = await createOrgFixture(db.db, `redisless${Date.now()}`, ['rep']);
    app = await startTestServer(db, { redisUrl: `redis://127.0.0.1:${port}`, limits: { signInFailuresPerAccount: 2 } });
  });
  afterAll(async () => {
    // Back before the shutdown: the socket.io adapter's clients close cleanly only with Redis there.
    // (The clients retry every 2 s at most: give them time to be back.)
    if (redis?.exitCode !== null || redis.signalCode) await startRedis();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await app?.close();
    redis?.kill('SIGKILL');
    await db?.drop();
  });

  const attempt = async (password: string) => {
    const started = performance.now();
    const res = await fetch(`${app.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseUrl },
      body: JSON.stringify({ email: org.byRole.rep.email, password }),
    });
    return { status: res.status, ms: performance.now() - started };
  };

  it('answers at once and keeps counting in memory while Redis is down', async () => {
    expect((await attempt('wrong-password-123')).status).toBe(401);
    redis.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const right = await attempt(FIXTURE_PASSWORD);
    expect(right.status).toBe(200);
    expect(right.ms).toBeLessThan(2_000);
    // The node's own count: two failures, then refused.
    expect((await attempt('wrong-password-123')).status).toBe(401);
    expect((await attempt('wrong-password-123')).status).toBe(401);
    expect((await attempt(FIXTURE_PASSWORD)).status).toBe(429);
  });
});
