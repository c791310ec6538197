import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { startTestServer } from '~/server/testing/test-server';
import { snapshotOrganization } from './org-snapshot';

/**
 * better-auth's own organization endpoints (/api/auth/organization/*) are
 * reachable too: no member can raise a role through them, and no member of
 * another organization can read or change organization A through them.
 */
describe('better-auth organization endpoints', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TOrgFixture;
  let b: TOrgFixture;
  const cookie = { manager: '', rep: '', viewer: '', other: '' };

  beforeAll(async () => {
    db = await createTestDb();
    a = await createOrgFixture(db.db, 'alpha');
    b = await createOrgFixture(db.db, 'beta', ['admin']);
    app = await startTestServer(db);
    for (const role of ['manager', 'rep', 'viewer'] as const) cookie[role] = await app.signIn(a.byRole[role].email, FIXTURE_PASSWORD);
    cookie.other = await app.signIn(b.byRole.admin.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const post = (endpoint: string, body: unknown, who: keyof typeof cookie) =>
    fetch(`${app.baseUrl}/api/auth/organization/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseUrl, cookie: cookie[who] },
      body: JSON.stringify(body),
    });
  const get = (endpoint: string, who: keyof typeof cookie) =>
    fetch(`${app.baseUrl}/api/auth/organization/${endpoint}`, { headers: { origin: app.baseUrl, cookie: cookie[who] } });

  it('lets nobody below admin raise a role, invite an admin or create an organization', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    const attempts: [string, Response][] = [];
    for (const who of ['manager', 'rep', 'viewer'] as const) {
      attempts.push([`${who} update-member-role`, await post('update-member-role', { memberId: a.byRole[who].memberId, role: 'admin', organizationId: a.organizationId }, who)]);
      attempts.push([`${who} invite admin`, await post('invite-member', { email: `new-${who}@alpha.test`, role: 'admin', organizationId: a.organizationId }, who)]);
      attempts.push([`${who} create`, await post('create', { name: 'Mine', slug: `mine-${who}` }, who)]);
      const colleague = a.byRole[who === 'viewer' ? 'rep' : 'viewer'].memberId;
      attempts.push([`${who} remove a colleague`, await post('remove-member', { memberIdOrEmail: colleague, organizationId: a.organizationId }, who)]);
      attempts.push([`${who} update organization`, await post('update', { data: { name: 'Taken over' }, organizationId: a.organizationId }, who)]);
    }
    expect(attempts.filter(([, res]) => res.ok).map(([what]) => what)).toEqual([]);
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
  });

  it('closes leaving (it would keep the member’s sockets in the room) and deleting an organization', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    const leave = await post('leave', { organizationId: a.organizationId }, 'rep');
    expect(leave.status).toBe(403);
    expect(await leave.json()).toMatchObject({ code: 'LEAVE_CLOSED', message: expect.stringContaining('administrators') });
    // Dot segments are resolved before the check, as better-auth's router resolves them.
    for (const path of ['/api/auth/./organization/leave', '/api/auth/%2e/organization/leave', '/api/auth/x/../organization/leave']) {
      const sneaky = await fetch(`${app.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.baseUrl, cookie: cookie.rep },
        body: JSON.stringify({ organizationId: a.organizationId }),
      });
      expect([path, sneaky.ok]).toEqual([path, false]);
    }
    for (const path of ['/api/auth/./sign-up/email', '/api/auth/x/../sign-up/email']) {
      const signUp = await fetch(`${app.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.baseUrl },
        body: JSON.stringify({ email: 'intruder@alpha.test', password: 'long-enough-pw', name: 'Intruder' }),
      });
      expect([path, signUp.ok]).toEqual([path, false]);
    }
    const adminCookie = await app.signIn(a.byRole.admin.email, FIXTURE_PASSWORD);
    const deletion = await fetch(`${app.baseUrl}/api/auth/organization/delete`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.baseUrl, cookie: adminCookie },
      body: JSON.stringify({ organizationId: a.organizationId }),
    });
    expect(deletion.ok).toBe(false);
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
  });

  it('gives another organization’s admin nothing of A', async () => {
    const before = await snapshotOrganization(db.db, a.organizationId);
    const attempts: [string, Response][] = [
      ['set-active', await post('set-active', { organizationId: a.organizationId }, 'other')],
      ['get-full-organization', await get(`get-full-organization?organizationId=${a.organizationId}`, 'other')],
      ['list-members', await get(`list-members?organizationId=${a.organizationId}`, 'other')],
      ['list-invitations', await get(`list-invitations?organizationId=${a.organizationId}`, 'other')],
      ['remove-member', await post('remove-member', { memberIdOrEmail: a.byRole.rep.memberId, organizationId: a.organizationId }, 'other')],
      ['update-member-role', await post('update-member-role', { memberId: a.byRole.rep.memberId, role: 'viewer', organizationId: a.organizationId }, 'other')],
      ['invite-member', await post('invite-member', { email: 'spy@beta.test', role: 'rep', organizationId: a.organizationId }, 'other')],
      ['update', await post('update', { data: { name: 'Taken over' }, organizationId: a.organizationId }, 'other')],
      ['delete', await post('delete', { organizationId: a.organizationId }, 'other')],
    ];
    const answered: string[] = [];
    for (const [what, res] of attempts) {
      const text = await res.text();
      if (res.ok && text !== 'null' && (text.includes(a.organizationId) || text.includes(a.byRole.rep.email))) answered.push(what);
      else if (res.ok && what !== 'get-full-organization' && what !== 'list-members' && what !== 'list-invitations') answered.push(`${what}: ${res.status}`);
    }
    expect(answered).toEqual([]);
    expect(await snapshotOrganization(db.db, a.organizationId)).toEqual(before);
  });
});
