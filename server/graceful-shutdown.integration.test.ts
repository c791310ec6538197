import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, FIXTURE_PASSWORD } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { connectSocket } from '~/server/testing/connect-socket';
import { startTestServer } from '~/server/testing/test-server';

describe('graceful shutdown', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('finishes in-flight requests, disconnects sockets and stops accepting', async () => {
    const org = await createOrgFixture(db.db, 'shutdown', ['rep']);
    const app = await startTestServer(db);
    const cookie = await app.signIn(org.byRole.rep.email, FIXTURE_PASSWORD);
    const socket = await connectSocket(app.baseUrl, cookie);
    const disconnected = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));

    const inFlight = app.call('query', 'dashboard.summary', undefined, cookie);
    await new Promise((r) => setTimeout(r, 5));
    const closing = app.close();

    const answered = await inFlight;
    expect(answered.status).toBe(200);
    // A transport close (not a server-side disconnect) lets clients reconnect to the restarted server.
    expect(await disconnected).toBe('transport close');
    await closing;
    expect(app.server.httpServer.listening).toBe(false);
    await expect(fetch(`${app.baseUrl}/healthz`)).rejects.toThrow();
  });
});
