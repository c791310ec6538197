import { eq } from 'drizzle-orm';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sessions } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { createAuth, SESSION_EXPIRES_IN_S } from '~/server/auth/auth';
import { TRPC_WS_PATH } from '~/server/http/trpc-ws';
import { startTestServer } from '~/server/testing/test-server';

const FOREIGN = 'https://evil.example';

/** The session token cookie of a Set-Cookie list (name=value only). */
const tokenOf = (setCookies: string[]) => setCookies.find((c) => c.includes('session_token='))?.split(';')[0];

/**
 * Session cookies, expiry and rotation, and CSRF: every state-changing entry
 * point refuses a foreign Origin (tRPC over HTTP and WebSocket, better-auth,
 * uploads, socket.io).
 */
describe('session and CSRF hardening', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TOrgFixture;

  beforeAll(async () => {
    db = await createTestDb();
    a = await createOrgFixture(db.db, 'alpha', ['admin', 'rep']);
    app = await startTestServer(db);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const signInRaw = (cookie?: string, origin = app.baseUrl) =>
    fetch(`${app.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ email: a.byRole.rep.email, password: FIXTURE_PASSWORD }),
    });

  it('sets an httpOnly, SameSite=Lax session cookie that lives as long as the session (not Secure on plain http)', async () => {
    const cookie = (await signInRaw()).headers.getSetCookie().find((c) => c.includes('session_token='))!;
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).toMatch(new RegExp(`;\\s*Max-Age=${SESSION_EXPIRES_IN_S}`, 'i'));
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it('marks the cookie Secure (with the __Secure- prefix) when BASE_URL is https', async () => {
    const base = 'https://dealflow.example';
    const auth = createAuth({ db: db.db, secret: 'test-secret-'.padEnd(40, 'x'), baseUrl: base });
    const res = await auth.handler(
      new Request(`${base}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify({ email: a.byRole.rep.email, password: FIXTURE_PASSWORD }),
      }),
    );
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.includes('session_token='))!;
    expect(cookie).toMatch(/^__Secure-dealflow\.session_token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  });

  it('issues a new session token on every sign-in, even when one is presented (no fixation)', async () => {
    const first = tokenOf((await signInRaw()).headers.getSetCookie())!;
    const second = tokenOf((await signInRaw(first)).headers.getSetCookie())!;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });

  it('keeps an older session valid after a new sign-in (one per device); the new one is fresh, and signing out of one leaves the other', async () => {
    const rowOf = async (cookie: string) => {
      const token = decodeURIComponent(cookie.split('=')[1]!).split('.')[0]!;
      return (await db.db.select().from(sessions).where(eq(sessions.token, token)))[0];
    };
    const signOut = (cookie: string) => fetch(`${app.baseUrl}/api/auth/sign-out`, { method: 'POST', headers: { origin: app.baseUrl, cookie } });
    const first = tokenOf((await signInRaw()).headers.getSetCookie())!;
    // The first device signed in six days ago: its session ends within the hour.
    const agedExpiry = new Date(Date.now() + 60 * 60 * 1000);
    const agedAt = new Date(Date.now() - 6 * 24 * 60 * 60 * 1000);
    await db.db.update(sessions).set({ createdAt: agedAt, updatedAt: agedAt, expiresAt: agedExpiry }).where(eq(sessions.id, (await rowOf(first))!.id));
    const signedInAt = Date.now();
    const second = tokenOf((await signInRaw(first)).headers.getSetCookie())!;
    const [older, fresh] = [(await rowOf(first))!, (await rowOf(second))!];
    expect(fresh.id).not.toBe(older.id);
    expect(fresh.createdAt.getTime()).toBeGreaterThanOrEqual(signedInAt - 1000);
    expect(Math.abs((fresh.expiresAt.getTime() - signedInAt) / 1000 - SESSION_EXPIRES_IN_S)).toBeLessThan(60);
    expect(older.expiresAt.getTime(), 'a sign-in neither ends nor extends the older session').toBe(agedExpiry.getTime());
    expect((await app.call('query', 'me.get', undefined, first)).status).toBe(200);
    expect((await app.call('query', 'me.get', undefined, second)).status).toBe(200);

    expect((await signOut(second)).status).toBe(200);
    expect((await app.call('query', 'me.get', undefined, second)).status).toBe(401);
    expect((await app.call('query', 'me.get', undefined, first)).status).toBe(200);
    expect((await signOut(first)).status).toBe(200);
    expect((await app.call('query', 'me.get', undefined, first)).status).toBe(401);
    expect(await rowOf(first)).toBeUndefined();
  });

  it('expires sessions after expiresIn and refuses an expired one', async () => {
    const cookie = await app.signIn(a.byRole.rep.email, FIXTURE_PASSWORD);
    const me = await app.call('query', 'me.get', undefined, cookie);
    expect(me.status).toBe(200);
    const [row] = await db.db.select().from(sessions).where(eq(sessions.userId, a.byRole.rep.userId)).orderBy(sessions.createdAt);
    const lifetime = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 1000;
    expect(Math.abs(lifetime - SESSION_EXPIRES_IN_S)).toBeLessThan(60);
    await db.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.userId, a.byRole.rep.userId));
    // The node reuses a session it read for up to 10 s (server/auth/auth-cache.ts), trusting the
    // expiry it read then; a cookie jar it has not seen reads the session again.
    expect((await app.call('query', 'me.get', undefined, `${cookie}; theme=dark`)).status).toBe(401);
  });

  it('refuses the whole old cookie jar after sign-out', async () => {
    const cookie = await app.signIn(a.byRole.rep.email, FIXTURE_PASSWORD);
    expect((await app.call('query', 'me.get', undefined, cookie)).status).toBe(200);
    const out = await fetch(`${app.baseUrl}/api/auth/sign-out`, { method: 'POST', headers: { origin: app.baseUrl, cookie } });
    expect(out.status).toBe(200);
    expect((await app.call('query', 'me.get', undefined, cookie)).status).toBe(401);
  });

  describe('CSRF: a foreign Origin is refused', () => {
    let cookie: string;
    beforeAll(async () => {
      cookie = await app.signIn(a.byRole.admin.email, FIXTURE_PASSWORD);
    });

    it('on tRPC mutations over HTTP', async () => {
      const res = await fetch(`${app.baseUrl}/api/trpc/organization.update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: FOREIGN, cookie },
        body: JSON.stringify({ json: { name: 'Hijacked' } }),
      });
      expect(res.status).toBe(403);
      const same = await app.call('mutation', 'organization.update', { name: 'Org alpha' }, cookie);
      expect(same.status).toBe(200);
    });

    it('on better-auth routes (sign-in and sign-out)', async () => {
      expect((await signInRaw(undefined, FOREIGN)).status).toBe(403);
      const out = await fetch(`${app.baseUrl}/api/auth/sign-out`, { method: 'POST', headers: { origin: FOREIGN, cookie } });
      expect(out.status).toBe(403);
      expect((await app.call('query', 'me.get', undefined, cookie)).status).toBe(200);
    });

    it('on upload routes', async () => {
      const res = await fetch(`${app.baseUrl}/api/import/customers/commit`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', origin: FOREIGN, cookie },
        body: 'legal_name,country\nX,ES\n',
      });
      expect(res.status).toBe(403);
    });

    it('on the tRPC WebSocket upgrade', async () => {
      const status = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`${app.baseUrl.replace(/^http/, 'ws')}${TRPC_WS_PATH}`, { headers: { cookie, origin: FOREIGN } });
        ws.once('open', () => (ws.close(), resolve(101)));
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('error', () => resolve(-1));
      });
      expect(status).toBe(403);
    });

    it('on the socket.io handshake (cross-site WebSocket hijacking), while our own origin connects', async () => {
      const attempt = (origin: string) =>
        new Promise<string>((resolve) => {
          const socket = connect(app.baseUrl, { transports: ['websocket'], reconnection: false, extraHeaders: { cookie, origin } });
          socket.on('connect', () => (socket.close(), resolve('connected')));
          socket.on('connect_error', (error) => (socket.close(), resolve(error.message)));
        });
      expect(await attempt(FOREIGN)).not.toBe('connected');
      expect(await attempt(app.baseUrl)).toBe('connected');
    });
  });
});
