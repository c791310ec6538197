import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { notifications } from '~/db/schema';
import type { TOrgFixture } from '~/db/testing/fixtures';
import { useBoardWorld } from '~/server/testing/board-world';
import { notify } from './notify';

/** notification.list / markRead / markAllRead: each member sees and changes only their own. */
describe('notification centre', () => {
  const world = useBoardWorld();
  let a: TOrgFixture;
  let b: TOrgFixture;
  beforeEach(() => {
    ({ a, b } = world);
  });
  const list = (who: 'manager' | 'rep' | 'viewer' | 'other') => world.app.call('query', 'notification.list', undefined, world.cookie[who]);
  const send = async (fixture: TOrgFixture, userIds: string[], kind: 'approval_requested' | 'order_status', actorId: string | null, data: Record<string, unknown> = {}) => {
    const push = await notify(world.db.db, { organizationId: fixture.organizationId, userIds, kind, data, link: '/quotes/x', actorId });
    push(world.app.server.publish);
  };

  it('lists only the member’s own notifications, newest first, with the unread count and actor', async () => {
    const managerSocket = await world.socketFor('manager');
    const repSocket = await world.socketFor('rep');
    let repGot = 0;
    repSocket.on('notification:new', () => repGot++);
    const live = new Promise<{ kind: string }>((resolve) => managerSocket.once('notification:new', resolve));
    // The actor (the rep) is never told about their own action.
    await send(a, [a.byRole.manager.userId, a.byRole.rep.userId], 'approval_requested', a.byRole.rep.userId, { quoteNumber: 'Q-2026-0001' });
    expect(await live).toMatchObject({ kind: 'approval_requested' });
    await send(a, [a.byRole.manager.userId], 'order_status', null, { orderNumber: 'O-2026-0001', status: 'confirmed' });
    await send(b, [b.byRole.rep.userId], 'order_status', null);

    const manager = await list('manager');
    expect(manager.status).toBe(200);
    expect(manager.data.unreadCount).toBe(2);
    expect(manager.data.items.map((n: { kind: string }) => n.kind)).toEqual(['order_status', 'approval_requested']);
    expect(manager.data.items[1]).toMatchObject({ actorName: a.byRole.rep.name, data: { quoteNumber: 'Q-2026-0001' }, link: '/quotes/x', readAt: null });
    expect((await list('rep')).data).toEqual({ items: [], unreadCount: 0 });
    expect((await list('other')).data.items).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(repGot).toBe(0);
  });

  it('marks read only one’s own notifications: another user’s id changes nothing', async () => {
    await send(a, [a.byRole.manager.userId, a.byRole.viewer.userId], 'order_status', null);
    await send(b, [b.byRole.rep.userId], 'order_status', null);
    const all = await world.db.db.select().from(notifications);
    const managerId = all.find((n) => n.userId === a.byRole.manager.userId)!.id;
    const foreignId = all.find((n) => n.userId === b.byRole.rep.userId)!.id;

    const stolen = await world.app.call('mutation', 'notification.markRead', { ids: [managerId, foreignId] }, world.cookie.rep);
    expect(stolen.status).toBe(200);
    expect(stolen.data).toEqual({ updated: 0 });
    expect((await list('manager')).data.unreadCount).toBe(1);

    const own = await world.app.call('mutation', 'notification.markRead', { ids: [managerId] }, world.cookie.manager);
    expect(own.data).toEqual({ updated: 1 });
    const after = await list('manager');
    expect(after.data.unreadCount).toBe(0);
    expect(after.data.items[0].readAt).toBeInstanceOf(Date);

    // A viewer may read and mark their own notifications too.
    const viewerAll = await world.app.call('mutation', 'notification.markAllRead', undefined, world.cookie.viewer);
    expect(viewerAll.data).toEqual({ updated: 1 });
    const [foreign] = await world.db.db.select().from(notifications).where(eq(notifications.id, foreignId));
    expect(foreign!.readAt).toBeNull();
    const bad = await world.app.call('mutation', 'notification.markRead', { ids: ['not-a-uuid'] }, world.cookie.manager);
    expect(bad.status).toBe(400);
  });
});
