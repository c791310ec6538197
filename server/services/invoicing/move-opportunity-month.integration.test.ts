import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { boardSequences, notifications, opportunities, opportunityEvents } from '~/db/schema';
import type { TOrgFixture } from '~/db/testing/fixtures';
import { useBoardWorld, type TWho } from '~/server/testing/board-world';
import type { TCardEvent } from '../board/move-opportunity';
import { moveOpportunityMonth } from './move-opportunity-month';

/** Dragging a deal to another month on the invoicing board: same guarantees as a board move. */
describe('invoicing.moveOpportunityMonth', () => {
  const world = useBoardWorld();
  let a: TOrgFixture;
  beforeEach(() => {
    ({ a } = world);
  });
  const move = (who: TWho, over: Record<string, unknown> = {}) =>
    world.app.call('mutation', 'invoicing.moveOpportunityMonth', { id: a.opportunity.id, version: 1, month: '2030-02', clientMutationId: randomUUID(), ...over }, world.cookie[who]);
  const row = async () => (await world.db.db.select().from(opportunities).where(eq(opportunities.id, a.opportunity.id)))[0]!;
  const nextCard = (socket: Socket) => new Promise<TCardEvent>((resolve) => socket.once('board:card', resolve));

  it('moves the close date (day clamped), records history, stamps the board sequence and broadcasts', async () => {
    const watcher = await world.socketFor('viewer');
    const received = nextCard(watcher);
    const res = await move('rep');
    expect(res.status).toBe(200);
    // The fixture deal closes on 31 Jan 2030; February has 28 days.
    expect(res.data.card).toMatchObject({ expectedCloseDate: '2030-02-28', version: 2 });
    const stored = await row();
    expect(stored.expectedCloseDate).toBe('2030-02-28');
    const [sequence] = await world.db.db.select().from(boardSequences).where(eq(boardSequences.organizationId, a.organizationId));
    expect(sequence!.seq).toBe(res.data.seq);
    expect(stored.boardSeq).toBe(res.data.seq);
    const history = await world.db.db.select().from(opportunityEvents).where(eq(opportunityEvents.opportunityId, a.opportunity.id));
    expect(history).toEqual([expect.objectContaining({ kind: 'updated', version: 2, from: { expectedCloseDate: '2030-01-31' }, to: { expectedCloseDate: '2030-02-28' } })]);
    const event = await received;
    expect(event).toMatchObject({ seq: res.data.seq, actorName: a.byRole.rep.name, kind: 'updated', card: { id: a.opportunity.id, expectedCloseDate: '2030-02-28', version: 2 } });
  });

  it('notifies the owner when someone else moved the deal, not when they did', async () => {
    const ownerSocket = await world.socketFor('rep');
    const pushed = new Promise<{ kind: string; data: Record<string, unknown> }>((resolve) => ownerSocket.once('notification:new', resolve));
    expect((await move('manager')).status).toBe(200);
    expect(await pushed).toMatchObject({ kind: 'deal_changed', data: { change: 'closeDate', from: '2030-01-31', to: '2030-02-28', actorName: a.byRole.manager.name } });
    expect((await move('rep', { version: 2, month: '2030-04' })).status).toBe(200);
    const stored = await world.db.db.select().from(notifications).where(eq(notifications.organizationId, a.organizationId));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ userId: a.byRole.rep.userId, link: `/boards/invoicing?card=${a.opportunity.id}` });
  });

  it('answers CONFLICT with the current card to a stale version', async () => {
    expect((await move('manager')).status).toBe(200);
    const stale = await move('rep', { month: '2030-05' });
    expect(stale.status).toBe(409);
    // A new close month is recorded as an edit of the deal: the message says it changed.
    expect(stale.error?.message).toBe(`${a.byRole.manager.name} changed this card meanwhile.`);
    expect((stale.error?.data as unknown as { appData: { card: unknown } }).appData.card).toMatchObject({ version: 2, expectedCloseDate: '2030-02-28' });
    expect((await row()).expectedCloseDate).toBe('2030-02-28');
  });

  it('applies a retried client mutation id once and publishes once', async () => {
    const publish = vi.fn();
    const viewer = { userId: a.byRole.rep.userId, memberId: a.byRole.rep.memberId, organizationId: a.organizationId, role: 'rep' as const, name: a.byRole.rep.name };
    const input = { id: a.opportunity.id, version: 1, month: '2030-03' as const, clientMutationId: randomUUID() };
    const first = await moveOpportunityMonth(world.db.db, viewer, input, publish);
    const retry = await moveOpportunityMonth(world.db.db, viewer, input, publish);
    expect(first).toMatchObject({ replayed: false, card: { version: 2, expectedCloseDate: '2030-03-31' } });
    expect(retry).toMatchObject({ replayed: true, seq: first.seq, card: { version: 2 } });
    expect(publish).toHaveBeenCalledTimes(1);
    expect(publish).toHaveBeenCalledWith(a.organizationId, 'board:card', expect.objectContaining({ seq: first.seq, kind: 'updated' }));
    const events = await world.db.db.select().from(opportunityEvents).where(and(eq(opportunityEvents.opportunityId, a.opportunity.id)));
    expect(events).toHaveLength(1);
    // Same month: nothing written, nothing published.
    const same = await moveOpportunityMonth(world.db.db, viewer, { ...input, version: 2, clientMutationId: randomUUID() }, publish);
    expect(same.card.version).toBe(2);
    expect(publish).toHaveBeenCalledTimes(1);
  });

  it('refuses viewers, closed deals and other organizations; leaks nothing to them', async () => {
    const otherOrg = await world.socketFor('other');
    let leaked = false;
    otherOrg.on('board:card', () => (leaked = true));
    const viewer = await move('viewer');
    expect(viewer.status).toBe(403);
    expect(viewer.error?.message).toBe('You are a viewer in this organization and cannot change data.');
    expect((await move('other')).status).toBe(404);
    expect((await move('rep', { month: '2030-13' })).status).toBe(400);
    expect((await row()).version).toBe(1);
    expect((await move('rep')).status).toBe(200);
    await world.db.db.update(opportunities).set({ status: 'won' }).where(eq(opportunities.id, a.opportunity.id));
    const closed = await move('rep', { version: 2, month: '2030-06' });
    expect(closed.status).toBe(400);
    expect(closed.error?.message).toMatch(/only open deals/);
    await new Promise((r) => setTimeout(r, 100));
    expect(leaked).toBe(false);
  });
});
