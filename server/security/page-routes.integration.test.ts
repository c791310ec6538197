import { readFileSync } from 'node:fs';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '~/env';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { createDealflowServer, type TDealflowServer } from '~/server/create-server';
import { MEETING_MODE_PATHS } from '~/server/http/page-guard';
import { freePort } from '~/server/testing/test-server';
import { listPages, PUBLIC_PAGES } from './page-routes';
import { signIn } from '~/server/testing/sign-in';

const pages = listPages();

/**
 * Every page route (enumerated from app/**\/page.tsx) through the real page
 * guard and security headers, with a stand-in for Next that only echoes the
 * URL: no session → the login redirect; members of any organization → the
 * page shell, whose data comes only from the (walked) tRPC procedures.
 */
describe('page routes and security headers', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let server: TDealflowServer;
  let baseUrl: string;
  let a: TOrgFixture;
  let b: TOrgFixture;
  const cookie = { admin: '', rep: '', viewer: '', other: '' };

  beforeAll(async () => {
    db = await createTestDb();
    a = await createOrgFixture(db.db, 'alpha', ['admin', 'rep', 'viewer']);
    b = await createOrgFixture(db.db, 'beta', ['admin']);
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const env = parseEnv({ NODE_ENV: 'test', PORT: String(port), SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'), SEED_DEMO: 'false' });
    const next = {
      handle: async (req: { url?: string }, res: import('node:http').ServerResponse) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`next:${req.url}`);
      },
    };
    server = await createDealflowServer({ env: { ...env, BASE_URL: baseUrl }, handle: { ...db, close: async () => {} }, next, graceMs: 500 });
    await new Promise<void>((resolve) => server.httpServer.listen(port, '127.0.0.1', resolve));
    cookie.admin = await signIn(baseUrl, a.byRole.admin.email, FIXTURE_PASSWORD);
    cookie.rep = await signIn(baseUrl, a.byRole.rep.email, FIXTURE_PASSWORD);
    cookie.viewer = await signIn(baseUrl, a.byRole.viewer.email, FIXTURE_PASSWORD);
    cookie.other = await signIn(baseUrl, b.byRole.admin.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const get = (route: string, who?: keyof typeof cookie) => fetch(`${baseUrl}${route}`, { redirect: 'manual', headers: who ? { cookie: cookie[who] } : {} });
  const frameAncestors = (res: Response) => /frame-ancestors ([^;]+)/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
  const updateOrganization = (input: unknown, who: keyof typeof cookie = 'admin') =>
    fetch(`${baseUrl}/api/trpc/organization.update`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, cookie: cookie[who] },
      body: JSON.stringify(superjson.serialize(input)),
    });

  it('finds the pages, including every meeting-mode board', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const meeting of MEETING_MODE_PATHS) expect(pages.map((p) => p.route)).toContain(meeting);
  });

  it('after sign-in, sends a member only to a path on this site', async () => {
    for (const next of ['/forecast?owner=x', '//evil.example', '/\\evil.example', '/\t/evil.example']) {
      const res = await get(`/login?next=${encodeURIComponent(next)}`, 'rep');
      expect(res.status).toBe(302);
      expect(new URL(res.headers.get('location')!, baseUrl).origin).toBe(baseUrl);
    }
  });

  it('sends visitors without a session to the login page, with the way back', async () => {
    for (const { route } of pages) {
      const res = await get(`${route}?tab=1`);
      if (PUBLIC_PAGES[route]) {
        expect([route, res.status]).toEqual([route, 200]);
        continue;
      }
      expect([route, res.status, res.headers.get('location')]).toEqual([route, 302, `/login?next=${encodeURIComponent(`${route}?tab=1`)}`]);
    }
  });

  it('serves every page shell to members of any organization (data is scoped by the procedures), and sends them away from the login page', async () => {
    for (const who of ['rep', 'viewer', 'other'] as const) {
      for (const { route } of pages) {
        const res = await get(route, who);
        if (PUBLIC_PAGES[route]) expect([who, route, res.status, res.headers.get('location')]).toEqual([who, route, 302, '/']);
        else expect([who, route, res.status, await res.text()]).toEqual([who, route, 200, `next:${route}`]);
      }
    }
  });

  it('renders no page with server data: page files import neither server/ nor db/', () => {
    for (const { file } of pages) expect([file, /from ['"]~\/(server|db)\//.test(readFileSync(file, 'utf8'))]).toEqual([file, false]);
  });

  it('sends a CSP with frame-ancestors none, nosniff and no framing on pages and health checks; only the framing rule on API answers', async () => {
    const api = await get('/api/trpc/me.get', 'viewer');
    expect(api.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    for (const res of [await get('/', 'viewer'), await get('/customers'), await get('/healthz')]) {
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(frameAncestors(res)).toBe("'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('lets only the organization’s embed origins frame its meeting-mode boards', async () => {
    const saved = await updateOrganization({ embedOrigins: ['https://wall.example.com', 'https://intranet.example.com:8443/'] });
    expect(saved.status).toBe(200);
    for (const board of MEETING_MODE_PATHS) {
      const meeting = await get(`${board}?meeting=1`, 'viewer');
      expect(frameAncestors(meeting)).toBe('https://wall.example.com https://intranet.example.com:8443');
      expect(meeting.headers.get('x-frame-options')).toBeNull();
      expect(frameAncestors(await get(board, 'viewer'))).toBe("'none'");
      expect(frameAncestors(await get(`${board}?meeting=1`, 'other'))).toBe("'none'");
      expect(frameAncestors(await get(`${board}?meeting=1`))).toBe("'none'");
    }
    expect(frameAncestors(await get('/customers?meeting=1', 'viewer'))).toBe("'none'");
    expect((await updateOrganization({ embedOrigins: [] })).status).toBe(200);
    expect(frameAncestors(await get(`${MEETING_MODE_PATHS[0]}?meeting=1`, 'viewer'))).toBe("'none'");
  });

  it('accepts only bare https origins as embed origins (they end up in a header)', async () => {
    for (const bad of ['https://x.example/path', 'http://x.example', 'javascript:alert(1)', 'https://a.example;frame-ancestors *', "https://a.example; script-src 'unsafe-eval'", '*', 'https://a.example\r\nx: y']) {
      expect([bad, (await updateOrganization({ embedOrigins: [bad] })).status]).toEqual([bad, 400]);
    }
    expect((await updateOrganization({ embedOrigins: ['https://ok.example'] }, 'viewer')).status).toBe(403);
  });
});
