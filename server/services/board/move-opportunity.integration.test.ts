import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Socket } from 'socket.io-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { notifications, opportunities, opportunityEvents } from '~/db/schema';
import type { TOrgFixture } from '~/db/testing/fixtures';
import { useBoardWorld, type TWho } from '~/server/testing/board-world';
import { applyCatchUp, fromSnapshot, receiveEvent } from '~/domain/board/board-sync';
import type { TCardEvent } from './move-opportunity';

/** Two reps of one organization, one of another, moving cards over real HTTP and sockets. */
describe('opportunity.move and the board feed', () => {
  const world = useBoardWorld();
  let db: typeof world.db;
  let app: typeof world.app;
  let a: TOrgFixture;
  let b: TOrgFixture;
  const cookie = world.cookie;
  const socketFor = world.socketFor;
  beforeEach(() => {
    ({ db, app, a, b } = world);
  });
  const nextEvent = (socket: Socket) => new Promise<TCardEvent>((resolve) => socket.once('board:card', resolve));
  const move = (who: TWho, over: Record<string, unknown> = {}) =>
    app.call('mutation', 'opportunity.move', {
      id: a.opportunity.id,
      version: 1,
      target: { kind: 'band', probability: 50 },
      rank: 'a1',
      clientMutationId: randomUUID(),
      ...over,
    }, cookie[who]);


  it('commits a move, records it, and delivers it to the other client', async () => {
    const watcher = await socketFor('manager');
    const mover = await socketFor('rep');
    const received = nextEvent(watcher);
    const echoed = nextEvent(mover);
    const res = await move('rep');
    expect(res.status).toBe(200);
    expect(res.data.card).toMatchObject({ probability: 50, version: 2, rank: 'a1' });
    // Both sockets get it: the other viewer, and the mover's own (its board applies it idempotently).
    expect((await echoed).card).toMatchObject({ id: a.opportunity.id, version: 2 });
    const event = await received;
    expect(event.card).toMatchObject({ id: a.opportunity.id, probability: 50, version: 2 });
    expect(event.seq).toBe(res.data.seq);
    expect(event.actorName).toBe(a.byRole.rep.name);
    const history = await db.db.select().from(opportunityEvents).where(eq(opportunityEvents.opportunityId, a.opportunity.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: 'moved', version: 2, from: expect.objectContaining({ probability: 20 }), to: { probability: 50 } });
  });

  it('answers CONFLICT with the current card to a stale version', async () => {
    expect((await move('manager')).status).toBe(200);
    const stale = await move('rep', { target: { kind: 'band', probability: 90 } });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toBe(`${a.byRole.manager.name} moved this card meanwhile.`);
    expect((stale.error?.data as any).appData.card).toMatchObject({ version: 2, probability: 50 });
  });

  it('applies a retried client mutation id once', async () => {
    const clientMutationId = randomUUID();
    const first = await move('rep', { clientMutationId });
    const retry = await move('rep', { clientMutationId });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.data.card.version).toBe(2);
    const [row] = await db.db.select().from(opportunities).where(eq(opportunities.id, a.opportunity.id));
    expect(row!.version).toBe(2);
  });

  it('serialises concurrent moves of one card: exactly one wins', async () => {
    const results = await Promise.all([move('rep'), move('manager', { target: { kind: 'band', probability: 75 } })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const [row] = await db.db.select().from(opportunities).where(eq(opportunities.id, a.opportunity.id));
    expect(row!.version).toBe(2);
  });

  it('moves on the stage board take the stage default probability, and Lost needs a reason', async () => {
    const stage = await move('rep', { target: { kind: 'stage', stageId: a.stage.id } });
    expect(stage.data.card.probability).toBe(20);
    const foreignStage = await move('rep', { version: 2, target: { kind: 'stage', stageId: b.stage.id } });
    expect(foreignStage.status).toBe(400);
    const noReason = await move('rep', { version: 2, target: { kind: 'lost', reason: '' } });
    expect(noReason.status).toBe(400);
    expect(noReason.error?.message).toMatch(/Say why the deal was lost/);
    const lost = await move('rep', { version: 2, target: { kind: 'lost', reason: 'Precio' } });
    expect(lost.data.card).toMatchObject({ status: 'lost', probability: 0 });
    const closed = await move('rep', { version: 3 });
    expect(closed.status).toBe(409);
  });

  it('a drop in the card’s own column changes only its place: probability and stage stay, the owner is not told', async () => {
    // The owner (rep) set 60 % by hand; the manager drops the card lower in its own column.
    expect((await move('rep', { target: { kind: 'band', probability: 60 } })).status).toBe(200);
    const watcher = await socketFor('rep');
    const received = nextEvent(watcher);
    const reordered = await move('manager', { version: 2, target: { kind: 'reorder' }, rank: 'a5' });
    expect(reordered.status).toBe(200);
    expect(reordered.data.card).toMatchObject({ probability: 60, stageId: a.stage.id, rank: 'a5', version: 3, status: 'open' });
    expect(await received).toMatchObject({ kind: 'reordered', card: { rank: 'a5', probability: 60 } });
    const [last] = await db.db.select().from(opportunityEvents).where(eq(opportunityEvents.version, 3));
    expect(last).toMatchObject({ kind: 'reordered', to: {} });
    expect(await db.db.select().from(notifications)).toHaveLength(0);
    // On the stage board, a drop in the card's own stage keeps the probability set by hand (the stage's default is 20 %).
    const sameStage = await move('manager', { version: 3, target: { kind: 'stage', stageId: a.stage.id }, rank: 'a7' });
    expect(sameStage.data.card).toMatchObject({ probability: 60, rank: 'a7', version: 4 });
  });

  it('says what the other person did in the CONFLICT message', async () => {
    const edited = await app.call('mutation', 'opportunity.update', { id: a.opportunity.id, version: 1, patch: { title: 'Renamed deal' }, clientMutationId: randomUUID() }, cookie.manager);
    expect(edited.status).toBe(200);
    const stale = await move('rep');
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toBe(`${a.byRole.manager.name} changed this card meanwhile.`);
  });

  it('lets a viewer move nothing, and another organization neither see nor move', async () => {
    const otherOrg = await socketFor('other');
    let leaked = false;
    otherOrg.on('board:card', () => (leaked = true));
    const viewer = await move('viewer');
    expect(viewer.status).toBe(403);
    const foreign = await move('other');
    expect(foreign.status).toBe(404);
    const foreignBoard = await app.call('query', 'board.get', { board: `stage:${a.pipeline.id}` }, cookie.other);
    expect(foreignBoard.status).toBe(404);
    expect((await move('rep')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(leaked).toBe(false);
  });

  it('catches up a client whose socket was cut off while others moved, and converges to the database', async () => {
    // The manager's board: a snapshot, then live events applied with the app's own sync code.
    const snapshot = await app.call('query', 'board.get', { board: 'probability' }, cookie.manager);
    let state = fromSnapshot(snapshot.data, [], Date.now());
    const socket = await socketFor('manager');
    socket.on('board:card', (event: TCardEvent) => (state = receiveEvent(state, { card: event.card, seq: event.seq }, Date.now())));
    expect(await socket.emitWithAck('board:watch', { board: 'probability' })).toEqual({ ok: true });
    const live = nextEvent(socket);
    expect((await move('rep')).status).toBe(200);
    await live;
    expect(state.cards.get(a.opportunity.id)).toMatchObject({ version: 2, probability: 50 });

    // Cut off: the rep moves and then wins the deal; the manager's socket hears nothing.
    socket.disconnect();
    expect((await move('rep', { version: 2, target: { kind: 'band', probability: 75 } })).status).toBe(200);
    expect((await move('rep', { version: 3, target: { kind: 'won' } })).status).toBe(200);
    expect(state.cards.get(a.opportunity.id)).toMatchObject({ version: 2 });

    // Back: asks for everything after the last sequence number it saw.
    socket.connect();
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const caught = await app.call('query', 'board.catchUp', { sinceSeq: state.seq }, cookie.manager);
    expect(caught.data.reload).toBe(false);
    state = applyCatchUp(state, caught.data, Date.now());
    const fresh = await app.call('query', 'board.get', { board: 'probability' }, cookie.manager);
    const ids = (cards: Iterable<{ id: string }>) => [...cards].map((c) => c.id).sort();
    expect(ids(state.cards.values())).toEqual(ids(fresh.data.cards));
    expect(state.cards.has(a.opportunity.id)).toBe(false); // won: off the board
    expect(state.seq).toBe(fresh.data.seq);
  });

  it('shows who watches a board and who drags which card', async () => {
    const rep = await socketFor('rep');
    const manager = await socketFor('manager');
    const presence = new Promise<{ users: { name: string }[] }>((resolve) =>
      manager.on('board:presence', (p) => p.users.length === 2 && resolve(p)),
    );
    expect(await manager.emitWithAck('board:watch', { board: 'probability' })).toEqual({ ok: true });
    expect(await rep.emitWithAck('board:watch', { board: 'probability' })).toEqual({ ok: true });
    expect((await presence).users.map((u) => u.name).sort()).toEqual([a.byRole.manager.name, a.byRole.rep.name].sort());
    const mark = new Promise<{ active: boolean; name: string }>((resolve) => manager.once('board:drag', resolve));
    await rep.emitWithAck('drag:start', { board: 'probability', opportunityId: a.opportunity.id });
    expect(await mark).toMatchObject({ active: true, name: a.byRole.rep.name });
    const released = new Promise<{ active: boolean }>((resolve) => manager.once('board:drag', resolve));
    rep.close();
    expect(await released).toMatchObject({ active: false });
    expect(await manager.emitWithAck('board:watch', { board: 'stage:not-a-uuid' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    // A viewer's drag marks nothing (their drop is refused anyway), and one socket holds only a few marks at once.
    const viewer = await socketFor('viewer');
    expect(await viewer.emitWithAck('board:watch', { board: 'probability' })).toEqual({ ok: true });
    expect(await viewer.emitWithAck('drag:start', { board: 'probability', opportunityId: a.opportunity.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const answers = [];
    for (const opportunityId of ids) answers.push(await manager.emitWithAck('drag:start', { board: 'probability', opportunityId }));
    expect(answers.map((x) => x.ok)).toEqual([true, true, true, false]);
    expect(answers[3]).toMatchObject({ code: 'TOO_MANY_DRAGS' });
  });

  it('tells the owner, and only the owner, when someone else moves their deal', async () => {
    const [card] = await db.db.select({ ownerId: opportunities.ownerId }).from(opportunities).where(eq(opportunities.id, a.opportunity.id));
    const ownerRole = (['manager', 'rep'] as const).find((role) => a.byRole[role].userId === card!.ownerId)!;
    const otherRole = ownerRole === 'rep' ? 'manager' : 'rep';
    const ownerSocket = await socketFor(ownerRole);
    const otherSocket = await socketFor(otherRole);
    let otherGotOne = false;
    otherSocket.on('notification:new', () => (otherGotOne = true));
    const pushed = new Promise<{ kind: string; data: { actorName: string } }>((resolve) => ownerSocket.once('notification:new', resolve));
    expect((await move(otherRole)).status).toBe(200);
    expect(await pushed).toMatchObject({ kind: 'deal_changed', data: { actorName: a.byRole[otherRole].name } });
    const stored = await db.db.select().from(notifications).where(eq(notifications.userId, card!.ownerId));
    expect(stored).toHaveLength(1);
    // The owner's own move notifies nobody.
    expect((await move(ownerRole, { version: 2 })).status).toBe(200);
    expect(await db.db.select().from(notifications)).toHaveLength(1);
    expect(otherGotOne).toBe(false);
  });
});
