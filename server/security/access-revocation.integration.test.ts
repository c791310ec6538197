import { randomUUID } from 'node:crypto';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import type { Socket } from 'socket.io-client';
import superjson from 'superjson';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { eq } from 'drizzle-orm';
import { sessions } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { TRPC_WS_PATH } from '~/server/http/trpc-ws';
import { connectSocket } from '~/server/testing/connect-socket';
import { startTestServer } from '~/server/testing/test-server';
import type { AppRouter } from '~/server/trpc/root';

/** Resolves with what `start` resolves with, or rejects after `ms` (the change must be immediate, not a recheck later). */
const within = <T>(ms: number, start: Promise<T>) =>
  Promise.race([start, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);

/**
 * Removing a member, changing their role or ending their session reaches
 * their open socket.io sockets and tRPC WebSockets at once, not after the
 * WebSocket's 30 s session recheck or 5 s membership cache.
 */
describe('access changes reach live connections at once', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TOrgFixture;
  let admin: string;
  let rep: string;
  const cleanups: (() => unknown)[] = [];

  beforeAll(async () => {
    db = await createTestDb();
    app = await startTestServer(db);
  });
  beforeEach(async () => {
    await db.reset();
    a = await createOrgFixture(db.db, 'alpha', ['admin', 'rep']);
    admin = await app.signIn(a.byRole.admin.email, FIXTURE_PASSWORD);
    rep = await app.signIn(a.byRole.rep.email, FIXTURE_PASSWORD);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const wsUrl = () => `${app.baseUrl.replace(/^http/, 'ws')}${TRPC_WS_PATH}`;

  /** The rep's live connections: a socket.io socket and a raw tRPC WebSocket, with promises of their ends. */
  async function liveConnections(cookie: string) {
    const socket: Socket = await connectSocket(app.baseUrl, cookie);
    const ws = new WebSocket(wsUrl(), { headers: { cookie, origin: app.baseUrl } });
    cleanups.push(() => socket.close(), () => ws.terminate());
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return {
      socketEnded: new Promise<string>((resolve) => socket.once('disconnect', resolve)),
      wsEnded: new Promise<number>((resolve) => ws.once('close', resolve)),
    };
  }

  function trpcOverWs(cookie: string) {
    class CookieWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie, origin: app.baseUrl } });
      }
    }
    const client = createWSClient({ url: wsUrl(), WebSocket: CookieWebSocket as unknown as typeof globalThis.WebSocket });
    cleanups.push(() => client.close());
    return createTRPCClient<AppRouter>({ links: [wsLink({ client, transformer: superjson })] });
  }

  it('organization.removeMember closes the member’s sockets and WebSockets at once; every later call is refused', async () => {
    const live = await liveConnections(rep);
    const started = Date.now();
    const removed = await app.call('mutation', 'organization.removeMember', { memberId: a.byRole.rep.memberId }, admin);
    expect(removed.status).toBe(200);
    expect(await within(1000, live.socketEnded)).toBe('io server disconnect');
    expect(await within(1000, live.wsEnded)).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1000);

    expect((await app.call('query', 'customer.list', {}, rep)).status).toBe(403);
    await expect(connectSocket(app.baseUrl, rep)).rejects.toThrow('forbidden');
    await expect(trpcOverWs(rep).customer.list.query({})).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
  });

  it('better-auth’s own remove-member endpoint has the same effect', async () => {
    const live = await liveConnections(rep);
    const res = await fetch(`${app.baseUrl}/api/auth/organization/remove-member`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseUrl, cookie: admin },
      body: JSON.stringify({ memberIdOrEmail: a.byRole.rep.memberId, organizationId: a.organizationId }),
    });
    expect(res.status).toBe(200);
    expect(await within(1000, live.socketEnded)).toBe('io server disconnect');
    expect(await within(1000, live.wsEnded)).toBe(4403);
  });

  it('a role change applies to the very next call on an open tRPC WebSocket', async () => {
    const client = trpcOverWs(rep);
    const update = (title: string, version: number) =>
      client.opportunity.update.mutate({ id: a.opportunity.id, version, patch: { title }, clientMutationId: randomUUID() });
    await update('Before', 1); // the connection now holds the membership (rep) in its cache
    expect((await app.call('mutation', 'organization.changeRole', { memberId: a.byRole.rep.memberId, role: 'viewer' }, admin)).status).toBe(200);
    await expect(update('As viewer', 2)).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect((await app.call('mutation', 'organization.changeRole', { memberId: a.byRole.rep.memberId, role: 'rep' }, admin)).status).toBe(200);
    await expect(update('Rep again', 2)).resolves.toMatchObject({ card: { title: 'Rep again' } });
  });

  it('a role change reaches an open socket.io socket: a rep made viewer can no longer mark a card as being moved', async () => {
    const socket: Socket = await connectSocket(app.baseUrl, rep);
    cleanups.push(() => socket.close());
    expect(await socket.emitWithAck('board:watch', { board: 'probability' })).toEqual({ ok: true });
    const drag = () => socket.emitWithAck('drag:start', { board: 'probability', opportunityId: a.opportunity.id });
    expect(await drag()).toEqual({ ok: true });
    expect((await app.call('mutation', 'organization.changeRole', { memberId: a.byRole.rep.memberId, role: 'viewer' }, admin)).status).toBe(200);
    await expect.poll(drag, { timeout: 1000, interval: 50 }).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await app.call('mutation', 'organization.changeRole', { memberId: a.byRole.rep.memberId, role: 'rep' }, admin)).status).toBe(200);
    await expect.poll(drag, { timeout: 1000, interval: 50 }).toEqual({ ok: true });
  });

  it('a session that expires ends its socket.io sockets at the next recheck; other sessions keep theirs', async () => {
    const quick = await startTestServer(db, { socketSessionRecheckMs: 150 });
    cleanups.push(() => quick.close());
    const expiring = await quick.signIn(a.byRole.rep.email, FIXTURE_PASSWORD);
    const socket: Socket = await connectSocket(quick.baseUrl, expiring);
    const other: Socket = await connectSocket(quick.baseUrl, await quick.signIn(a.byRole.admin.email, FIXTURE_PASSWORD));
    cleanups.push(() => socket.close(), () => other.close());
    const ended = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(socket.connected).toBe(true);
    await db.db.update(sessions).set({ expiresAt: new Date(Date.now() - 60_000) }).where(eq(sessions.userId, a.byRole.rep.userId));
    expect(await within(1500, ended)).toBe('io server disconnect');
    expect(other.connected).toBe(true);
  });

  it('signing out closes that session’s connections and its cookie stops working', async () => {
    const live = await liveConnections(rep);
    const res = await fetch(`${app.baseUrl}/api/auth/sign-out`, { method: 'POST', headers: { origin: app.baseUrl, cookie: rep } });
    expect(res.status).toBe(200);
    expect(await within(1000, live.socketEnded)).toBe('io server disconnect');
    expect(await within(1000, live.wsEnded)).toBe(4403);
    expect((await app.call('query', 'me.get', undefined, rep)).status).toBe(401);
  });
});
