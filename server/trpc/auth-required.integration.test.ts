import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '~/db/testing/test-db';
import { startTestServer } from '~/server/testing/test-server';
import { appRouter } from './root';

/**
 * Every procedure of the router, enumerated (so new procedures are covered
 * automatically), must answer 401 to a request without a session.
 */
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>).map(
  ([path, procedure]) => ({ path, type: procedure._def.type as 'query' | 'mutation' }),
);

describe('authentication is required everywhere', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    db = await createTestDb();
    app = await startTestServer(db);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('finds the procedures to check', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(10);
    expect(procedures.map((p) => p.path)).toContain('customer.update');
  });

  it.each(procedures)('$type $path → 401 without a session', async ({ path, type }) => {
    const res = await app.call(type, path, type === 'mutation' ? {} : undefined);
    expect(res.status).toBe(401);
    expect(res.error?.data.code).toBe('UNAUTHORIZED');
  });

  it('401 with a forged session cookie too', async () => {
    const res = await app.call('query', 'me.get', undefined, 'dealflow.session_token=forged.value');
    expect(res.status).toBe(401);
  });

  it('refuses a socket.io connection without a session', async () => {
    const socket = connect(app.baseUrl, { transports: ['websocket'], reconnection: false });
    const outcome = await new Promise<string>((resolve) => {
      socket.on('connect', () => resolve('connected'));
      socket.on('connect_error', (error) => resolve(error.message));
    });
    socket.close();
    expect(outcome).toBe('unauthorized');
  });

  it('answers health checks without a session', async () => {
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: db.driver });
  });

  it('keeps public sign-up closed', async () => {
    const res = await fetch(`${app.baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@y.z', password: 'long-enough-pw', name: 'X' }),
    });
    expect(res.status).toBe(403);
  });
});
