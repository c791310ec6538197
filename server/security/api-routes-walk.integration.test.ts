import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRuns, organizations } from '~/db/schema';
import { createTestDb } from '~/db/testing/test-db';
import { hasRole } from '~/domain/roles';
import { apiRoutes, type TApiRoute } from '~/server/http/api-routes';
import { startTestServer } from '~/server/testing/test-server';
import { seedAccessWorld, signInWalkers, type TWalker } from './access-world';
import { apiRouteCases, namesOf, type TApiRouteCase, type TApiWorld } from './api-route-inputs';
import { freeGroups, routePaths, routeTemplate } from './api-route-paths';
import { findLeakedId, organizationIds, snapshotOrganization } from './org-snapshot';

type TWho = TWalker;
type TCall = { sent: string; status: number; code?: string; type: string; text: string };

/** One request per concrete path of every route (alternatives expanded), with organization A's ids. */
type TTarget = { route: TApiRoute; routeCase: TApiRouteCase; path: string; params: Record<string, string> };

async function seedImportRun(db: Awaited<ReturnType<typeof createTestDb>>['db'], w: Awaited<ReturnType<typeof seedAccessWorld>>, slug: string) {
  const [run] = await db
    .insert(importRuns)
    .values({
      organizationId: w.organizationId,
      entity: 'customers',
      fileName: `customers-${slug}.csv`,
      status: 'rejected',
      errors: [{ file: `customers-${slug}.csv`, row: 2, column: 'country', message: `"Atlantis ${slug}" is not a country`, severity: 'error' }],
      createdBy: w.byRole.rep.userId,
    })
    .returning();
  return { ...w, importRun: run! };
}

/**
 * The access walk over the REST routes (`apiRoutes`: quote PDF, CSV import,
 * data set import, import report, export), enumerated from the route list:
 * every concrete path as no session, a viewer, a rep, a manager, an admin and
 * another organization's admin holding A's real ids. Proves authentication,
 * the role of each route, and organization scoping (no answer to B carries
 * A's ids or names, nothing of A changes, no row of B comes to point at A).
 */
describe('access walk over every REST API route', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TApiWorld;
  let b: TApiWorld;
  let cookie: Record<TWalker, string>;
  const templates = apiRoutes.map(routeTemplate);

  beforeAll(async () => {
    db = await createTestDb();
    a = await seedImportRun(db.db, await seedAccessWorld(db.db, 'alpha'), 'alpha');
    b = await seedImportRun(db.db, await seedAccessWorld(db.db, 'beta'), 'beta');
    app = await startTestServer(db);
    cookie = await signInWalkers(app, a, b);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const targets = (): TTarget[] =>
    apiRoutes.flatMap((route, i) => {
      const routeCase = apiRouteCases[templates[i]!]!;
      return routePaths(route, routeCase.params?.(a) ?? {}).map(({ path, params }) => ({ route, routeCase, path, params }));
    });

  /** Sends the target's request (uploads as multipart, with our Origin as a browser does). */
  async function call(target: TTarget, who: TWho | null, path = target.path): Promise<TCall> {
    const headers: Record<string, string> = who ? { cookie: cookie[who] } : {};
    let body: FormData | undefined;
    let sent = '';
    if (target.routeCase.upload) {
      const parts = target.routeCase.upload(target.params, a);
      body = new FormData();
      for (const [name, text] of Object.entries(parts.files)) body.append('file', new Blob([text], { type: 'text/csv' }), name);
      for (const [name, value] of Object.entries(parts.fields)) body.append(name, value);
      sent = JSON.stringify(parts);
      headers.origin = app.baseUrl;
    }
    const res = await fetch(`${app.baseUrl}${path}${target.routeCase.query ?? ''}`, { method: target.route.method, headers, body });
    const text = Buffer.from(await res.arrayBuffer()).toString('latin1');
    const type = res.headers.get('content-type') ?? '';
    const code = type.startsWith('application/json') ? (JSON.parse(text) as { error?: { code?: string } }).error?.code : undefined;
    return { sent, status: res.status, code, type, text };
  }
  const outcome = (c: TCall) => `${c.status} ${c.code ?? c.type.split(';')[0]}`;

  it('has a case for every API route, and none for a removed one', () => {
    expect(templates.length).toBeGreaterThanOrEqual(5);
    expect(new Set(templates).size, 'two routes share a template').toBe(templates.length);
    expect(templates.filter((t) => !apiRouteCases[t]), 'add these to server/security/api-route-inputs.ts').toEqual([]);
    expect(Object.keys(apiRouteCases).filter((t) => !templates.includes(t))).toEqual([]);
  });

  it('fills every id of every route with A’s rows, and each path reaches its own route', () => {
    for (const [i, route] of apiRoutes.entries()) {
      const routeCase = apiRouteCases[templates[i]!]!;
      expect([templates[i], Object.keys(routeCase.params?.(a) ?? {}).sort()]).toEqual([templates[i], freeGroups(route).sort()]);
      expect([templates[i], route.method === 'POST']).toEqual([templates[i], Boolean(routeCase.upload)]);
    }
    for (const t of targets()) expect([t.path, apiRoutes.find((r) => r.method === t.route.method && r.pattern.test(t.path))?.pattern]).toEqual([t.path, t.route.pattern]);
    expect(targets().length).toBeGreaterThan(apiRoutes.length);
  });

  it('answers 401 without a session on every route, and changes nothing', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    for (const t of targets()) expect([t.path, outcome(await call(t, null))]).toEqual([t.path, '401 UNAUTHENTICATED']);
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
  });

  it('lets a viewer read what viewers may read and refuses the rest with 403, changing nothing', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    for (const t of targets()) {
      const res = await call(t, 'viewer');
      const expected = hasRole('viewer', t.routeCase.role) ? `200 ${t.routeCase.answers}` : '403 FORBIDDEN';
      expect([t.path, outcome(res)]).toEqual([t.path, expected]);
    }
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
  });

  it('gives another organization’s admin nothing of A, by A’s real ids or otherwise, and changes nothing of A', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    const idsOfA = await organizationIds(db.db, a.organizationId);
    const [org] = await db.db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, a.organizationId));
    const namesOfA = [org!.name, ...namesOf(a)];
    const problems: string[] = [];
    for (const t of targets()) {
      const res = await call(t, 'other');
      const leakedId = findLeakedId(res.text, idsOfA);
      // Upload answers may echo the file B sent (which names A's customer and rep); nothing else of A.
      const leakedName = namesOfA.find((name) => res.text.includes(name) && !res.sent.includes(name));
      if (leakedId || leakedName) problems.push(`${t.path}: answer carries ${leakedId ?? leakedName} of A`);
      if (!t.routeCase.params) {
        if (outcome(res) !== `200 ${t.routeCase.answers}`) problems.push(`${t.path}: ${outcome(res)} for B's own data`);
        continue;
      }
      if (outcome(res) !== '404 NOT_FOUND') problems.push(`${t.path}: ${outcome(res)} for A's ids`);
      // A's ids must be indistinguishable from ids that exist nowhere.
      const fresh = Object.values(t.routeCase.params(a)).reduce((path, id) => path.replaceAll(id, randomUUID()), t.path);
      const missing = await call(t, 'other', fresh);
      if (outcome(missing) !== outcome(res)) problems.push(`${t.path}: ${outcome(res)} for A's ids, ${outcome(missing)} for unknown ids`);
    }
    expect(problems).toEqual([]);
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
    expect(findLeakedId(await snapshotOrganization(db.db, b.organizationId), idsOfA), 'a row of B points at a row of A').toBeNull();
  });

  it.each(['rep', 'manager', 'admin'] as const)('enforces each route’s role for a %s', async (role) => {
    for (const t of targets()) {
      const res = await call(t, role);
      const expected = hasRole(role, t.routeCase.role) ? `200 ${t.routeCase.answers}` : '403 FORBIDDEN';
      expect([t.path, outcome(res)]).toEqual([t.path, expected]);
    }
  });
});
