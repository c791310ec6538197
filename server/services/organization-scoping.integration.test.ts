import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers, members } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { orgRoom } from '~/server/realtime/rooms';
import { connectSocket } from '~/server/testing/connect-socket';
import { startTestServer } from '~/server/testing/test-server';

/**
 * A user of organization A can neither read nor change anything of
 * organization B, by id or otherwise; roles are enforced on the server.
 */
describe('organization scoping and roles', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TOrgFixture;
  let b: TOrgFixture;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDb();
    a = await createOrgFixture(db.db, 'alpha');
    b = await createOrgFixture(db.db, 'beta');
    app = await startTestServer(db);
    for (const role of ['admin', 'rep', 'viewer'] as const) {
      cookies[role] = await app.signIn(a.byRole[role].email, FIXTURE_PASSWORD);
    }
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('sets an httpOnly, SameSite session cookie', async () => {
    const res = await fetch(`${app.baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseUrl },
      body: JSON.stringify({ email: a.byRole.rep.email, password: FIXTURE_PASSWORD }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.includes('session_token'));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('rejects a wrong password', async () => {
    await expect(app.signIn(a.byRole.rep.email, 'wrong-password-123')).rejects.toThrow(/401/);
  });

  it('scopes me.get and lists to the active organization', async () => {
    const me = await app.call('query', 'me.get', undefined, cookies.admin);
    expect(me.status).toBe(200);
    expect(me.data.organization.id).toBe(a.organizationId);
    expect(me.data.role).toBe('admin');

    const list = await app.call('query', 'customer.list', {}, cookies.admin);
    expect(list.data.rows.map((c: { id: string }) => c.id)).toEqual([a.customer.id]);

    const people = await app.call('query', 'organization.members', undefined, cookies.admin);
    expect(people.data.map((m: { email: string }) => m.email).sort()).toEqual(a.people.map((p) => p.email).sort());

    const pipelines = await app.call('query', 'pipeline.list', undefined, cookies.admin);
    expect(pipelines.data.map((p: { id: string }) => p.id)).toEqual([a.pipeline.id]);

    const summary = await app.call('query', 'dashboard.summary', undefined, cookies.admin);
    expect(summary.data.openCount).toBe(1);
    expect(summary.data.openAmountMinor).toBe(1_000_000);
  });

  it('answers NOT_FOUND for another organization’s ids and changes nothing', async () => {
    const read = await app.call('query', 'customer.get', { id: b.customer.id }, cookies.admin);
    expect(read.status).toBe(404);

    const write = await app.call('mutation', 'customer.update', { id: b.customer.id, patch: { legalName: 'Hacked' } }, cookies.admin);
    expect(write.status).toBe(404);
    const [still] = await db.db.select().from(customers).where(eq(customers.id, b.customer.id));
    expect(still!.legalName).toBe(b.customer.legalName);

    const role = await app.call('mutation', 'organization.changeRole', { memberId: b.byRole.admin.memberId, role: 'viewer' }, cookies.admin);
    expect(role.status).toBe(404);
    const [member] = await db.db.select().from(members).where(eq(members.id, b.byRole.admin.memberId));
    expect(member!.role).toBe('admin');
  });

  it('lets a rep edit but not administer, and a viewer change nothing', async () => {
    const repEdit = await app.call('mutation', 'customer.update', { id: a.customer.id, patch: { city: 'Valencia' } }, cookies.rep);
    expect(repEdit.status).toBe(200);
    expect(repEdit.data.city).toBe('Valencia');

    const repAdmin = await app.call('mutation', 'organization.update', { name: 'Renamed' }, cookies.rep);
    expect(repAdmin.status).toBe(403);

    const viewerEdit = await app.call('mutation', 'customer.update', { id: a.customer.id, patch: { city: 'Cádiz' } }, cookies.viewer);
    expect(viewerEdit.status).toBe(403);
    expect(viewerEdit.error?.message).toMatch(/viewer/);
    const viewerRead = await app.call('query', 'customer.get', { id: a.customer.id }, cookies.viewer);
    expect(viewerRead.data.city).toBe('Valencia');
  });

  it('gives clear field errors for bad input', async () => {
    const bad = await app.call('mutation', 'customer.update', { id: 'not-a-uuid', patch: { paymentTermsDays: -3, extra: 1 } }, cookies.admin);
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toMatch(/id: Must be a valid id/);
    const bands = await app.call('mutation', 'organization.update', { probabilityBands: [50, 20] }, cookies.admin);
    expect(bands.status).toBe(400);
    expect(bands.error?.message).toMatch(/ascending/);
  });

  it('never demotes the last admin', async () => {
    const res = await app.call('mutation', 'organization.changeRole', { memberId: a.byRole.admin.memberId, role: 'rep' }, cookies.admin);
    expect(res.status).toBe(409);
  });

  it('puts an authenticated socket in its own organization’s room only', async () => {
    const socket = await connectSocket(app.baseUrl, cookies.rep);
    await new Promise((r) => setTimeout(r, 50));
    const inA = await app.server.io.in(orgRoom(a.organizationId)).fetchSockets();
    const inB = await app.server.io.in(orgRoom(b.organizationId)).fetchSockets();
    expect(inA.map((s) => s.data.userId)).toContain(a.byRole.rep.userId);
    expect(inB).toHaveLength(0);
    socket.close();
  });
});
