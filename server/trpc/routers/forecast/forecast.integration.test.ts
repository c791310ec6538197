import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { connectSocket } from '~/server/testing/connect-socket';
import { startTestServer } from '~/server/testing/test-server';

describe('forecast router and the in-server job', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let org: TOrgFixture;
  let socket: Socket | undefined;
  let managerCookie: string;
  let repCookie: string;
  beforeAll(async () => {
    db = await createTestDb();
    org = await createOrgFixture(db.db, 'fcrouter');
    await createOrgFixture(db.db, 'fcother');
    server = await startTestServer(db);
    managerCookie = await server.signIn(org.byRole.manager.email, FIXTURE_PASSWORD);
    repCookie = await server.signIn(org.byRole.rep.email, FIXTURE_PASSWORD);
  }, 30_000);
  afterAll(async () => {
    socket?.close();
    await server?.close();
    await db?.drop();
  });

  it('recomputes a few seconds after a card moves and tells the organization with forecast:updated', async () => {
    socket = await connectSocket(server.baseUrl, managerCookie);
    const updated = new Promise<{ snapshotId: string }>((resolve) => socket!.once('forecast:updated', resolve));
    const moved = await server.call('mutation', 'opportunity.move', { id: org.opportunity.id, version: 1, target: { kind: 'band', probability: 75 }, rank: 'a1', clientMutationId: randomUUID() }, repCookie);
    expect(moved.status).toBe(200);
    const event = await updated;
    const latest = await server.call('query', 'forecast.latest', undefined, repCookie);
    expect(latest.data.id).toBe(event.snapshotId);
    expect(latest.data.snapshot.organizationId).toBe(org.organizationId);
    expect(latest.data.snapshot.meta.computedIn).toBe('worker');
  }, 20_000);

  it('lets managers recompute now and keeps the history of runs', async () => {
    expect((await server.call('mutation', 'forecast.recompute', undefined, repCookie)).error?.data.code).toBe('FORBIDDEN');
    const res = await server.call('mutation', 'forecast.recompute', undefined, managerCookie);
    expect(res.data).toMatchObject({ status: 'stored', snapshotId: expect.any(String) });
    const history = await server.call('query', 'forecast.history', { limit: 10 }, managerCookie);
    expect(history.data.runs.length).toBeGreaterThanOrEqual(2);
    expect(history.data.runs[0].id).toBe(res.data.snapshotId);
  }, 20_000);

  it('stores a manager override with its note and original; only for members, only by managers', async () => {
    const input = { ownerId: org.byRole.rep.userId, month: '2030-01', category: 'commit', amountMinor: 12_345_00, note: 'Customer confirmed budget' };
    expect((await server.call('mutation', 'forecast.setOverride', input, repCookie)).error?.data.code).toBe('FORBIDDEN');
    const stranger = await server.call('mutation', 'forecast.setOverride', { ...input, ownerId: 'not-a-member' }, managerCookie);
    expect(stranger.error?.message).toMatch(/not a member/);
    expect((await server.call('mutation', 'forecast.setOverride', { ...input, note: '' }, managerCookie)).status).toBe(400);
    const set = await server.call('mutation', 'forecast.setOverride', input, managerCookie);
    expect(set.status).toBe(200);
    const list = await server.call('query', 'forecast.listOverrides', undefined, repCookie);
    expect(list.data).toEqual([expect.objectContaining({ ownerId: org.byRole.rep.userId, month: '2030-01', category: 'commit', amountMinor: 12_345_00, note: 'Customer confirmed budget', byUserId: org.byRole.manager.userId, byUserName: org.byRole.manager.name })]);
  }, 20_000);

  it('filters the snapshot by owner and period', async () => {
    await server.call('mutation', 'forecast.recompute', undefined, managerCookie);
    const all = await server.call('query', 'forecast.latest', undefined, managerCookie);
    const months = all.data.snapshot.months as string[];
    const view = await server.call('query', 'forecast.latest', { owner: org.byRole.rep.userId, from: months[0], to: months[2] }, managerCookie);
    expect(view.data.snapshot.months).toEqual(months.slice(0, 3));
    expect(view.data.snapshot.pipeline.every((r: { groupBy: string; key: string }) => r.groupBy === 'owner' && r.key === org.byRole.rep.userId)).toBe(true);
    expect((await server.call('query', 'forecast.latest', { from: '2030-05', to: '2030-01' }, managerCookie)).status).toBe(400);
  }, 20_000);
});
