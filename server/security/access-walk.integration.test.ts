import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRole } from '~/domain/roles';
import { createTestDb } from '~/db/testing/test-db';
import { startTestServer } from '~/server/testing/test-server';
import { appRouter } from '~/server/trpc/root';
import { seedAccessWorld, signInWalkers, type TAccessWorld, type TWalker } from './access-world';
import { findLeakedId, organizationIds, snapshotOrganization } from './org-snapshot';
import { procedureCases, PUBLIC_PROCEDURES } from './procedure-inputs';

type TParser = { '~standard'?: { validate: (v: unknown) => unknown } };
type TProcedure = { path: string; type: 'query' | 'mutation'; inputs: TParser[] };

/** Every procedure of the router, enumerated from tRPC's flat record (`_def.procedures`: path → procedure). */
const procedures: TProcedure[] = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: TParser[] } }>).map(
  ([path, p]) => ({ path, type: p._def.type as TProcedure['type'], inputs: p._def.inputs }),
);

type TAnswer = Awaited<ReturnType<Awaited<ReturnType<typeof startTestServer>>['call']>>;
/** Refused by a role or membership middleware (a business rule's FORBIDDEN carries an appCode). */
const roleGated = (res: TAnswer) => res.status === 403 && res.error?.data.code === 'FORBIDDEN' && !(res.error.data as { appCode?: string }).appCode;
const zodRefused = (res: TAnswer) => Boolean((res.error?.data as { fieldErrors?: unknown } | undefined)?.fieldErrors);

/** The input with each of `ids` replaced by a new random uuid (consistently). */
function withFreshIds(input: unknown, ids: Set<string>): unknown {
  let text = JSON.stringify(input);
  for (const id of ids) if (text.includes(id)) text = text.replaceAll(id, randomUUID());
  return JSON.parse(text);
}

/**
 * The access walk: every procedure as no session, a viewer, a rep, a manager,
 * an admin and an admin of another organization holding organization A's
 * real ids. Proves authentication, the role rules of domain/roles.ts and
 * organization scoping (no answer carries A's ids, no row of A changes, no
 * row of B comes to point at A).
 */
describe('access walk over every tRPC procedure', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TAccessWorld;
  let b: TAccessWorld;
  let cookie: Record<TWalker, string>;

  beforeAll(async () => {
    db = await createTestDb();
    a = await seedAccessWorld(db.db, 'alpha');
    b = await seedAccessWorld(db.db, 'beta');
    app = await startTestServer(db);
    cookie = await signInWalkers(app, a, b);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const run = (p: TProcedure, who: keyof typeof cookie | null) => app.call(p.type, p.path, procedureCases[p.path]!.input(a), who ? cookie[who] : undefined);

  it('has an input case (and intended role) for every procedure, and none for a removed one', () => {
    const paths = procedures.map((p) => p.path);
    expect(paths.length).toBeGreaterThan(70);
    expect(paths.filter((path) => !procedureCases[path]), 'add these to server/security/procedure-inputs.ts').toEqual([]);
    expect(Object.keys(procedureCases).filter((path) => !paths.includes(path))).toEqual([]);
  });

  it('builds inputs that pass each procedure’s own input schema', async () => {
    for (const p of procedures) {
      const input = procedureCases[p.path]!.input(a);
      for (const parser of p.inputs) {
        const result = (await parser['~standard']!.validate(input)) as { issues?: unknown[] };
        expect(result.issues, `${p.path}: ${JSON.stringify(result.issues)}`).toBeUndefined();
      }
    }
  });

  it('answers 401 without a session, except the listed public procedures', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    for (const p of procedures) {
      const res = await run(p, null);
      if (PUBLIC_PROCEDURES[p.path]) continue;
      expect([p.path, res.status, res.error?.data.code]).toEqual([p.path, 401, 'UNAUTHORIZED']);
    }
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
  });

  it('gives another organization’s admin nothing of A, by A’s real ids or otherwise, and changes nothing of A', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    const idsOfA = await organizationIds(db.db, a.organizationId);
    const problems: string[] = [];
    for (const p of procedures) {
      const input = procedureCases[p.path]!.input(a);
      const res = await app.call(p.type, p.path, input, cookie.other);
      const leaked = findLeakedId(res.data, idsOfA);
      if (leaked) problems.push(`${p.path}: answer carries A's id ${leaked}`);
      if (res.status >= 500) problems.push(`${p.path}: ${res.status}`);
      if (!findLeakedId(input, idsOfA)) continue;
      // A's ids must be indistinguishable from ids that exist nowhere.
      const missing = await app.call(p.type, p.path, withFreshIds(input, idsOfA), cookie.other);
      const answer = (r: TAnswer) => `${r.status} ${r.error?.data.code ?? 'ok'}`;
      if (answer(res) !== answer(missing)) problems.push(`${p.path}: ${answer(res)} for A's ids, ${answer(missing)} for unknown ids`);
    }
    expect(problems).toEqual([]);
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
    const rowsOfB = await snapshotOrganization(db.db, b.organizationId);
    expect(findLeakedId(rowsOfB, idsOfA), 'a row of B points at a row of A').toBeNull();
  });

  it('lets a viewer read everything of their organization and change nothing', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    for (const p of procedures) {
      const res = await run(p, 'viewer');
      const allowed = hasRole('viewer', procedureCases[p.path]!.role);
      if (!allowed) expect([p.path, roleGated(res)]).toEqual([p.path, true]);
      else if (p.type === 'query') expect([p.path, res.status, res.error?.message]).toEqual([p.path, 200, undefined]);
    }
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
  });

  it.each(['rep', 'manager', 'admin'] as const)('enforces the role rules for a %s', async (role) => {
    for (const p of procedures) {
      const res = await run(p, role);
      const allowed = hasRole(role, procedureCases[p.path]!.role);
      expect([p.path, roleGated(res)]).toEqual([p.path, !allowed]);
      expect([p.path, res.status === 401 || res.status >= 500 || zodRefused(res)]).toEqual([p.path, false]);
    }
  });
});
