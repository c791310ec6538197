import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifications, orders, orderStatusChanges } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { DOC_CHANGED_EVENT } from '~/domain/schemas/doc-event';
import { insertOrder } from '~/server/testing/order-fixture';
import { startTestServer } from '~/server/testing/test-server';
import { detectOverdueInvoices } from '../invoice/detect-overdue-invoices';

type TWho = 'manager' | 'rep' | 'viewer' | 'other';

/**
 * Orders and invoices through the real HTTP API: state changes with history,
 * partial delivery and invoicing, the order becoming invoiced, due dates,
 * overdue detection, the document chain, organization scoping and roles.
 */
describe('orders and invoices', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let a: TOrgFixture;
  let b: TOrgFixture;
  const cookie = {} as Record<TWho, string>;
  beforeAll(async () => {
    db = await createTestDb();
    app = await startTestServer(db);
  });
  beforeEach(async () => {
    await db.reset();
    a = await createOrgFixture(db.db, 'alpha', ['manager', 'rep', 'viewer']);
    b = await createOrgFixture(db.db, 'beta', ['rep']);
    cookie.manager = await app.signIn(a.byRole.manager.email, FIXTURE_PASSWORD);
    cookie.rep = await app.signIn(a.byRole.rep.email, FIXTURE_PASSWORD);
    cookie.viewer = await app.signIn(a.byRole.viewer.email, FIXTURE_PASSWORD);
    cookie.other = await app.signIn(b.byRole.rep.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });
  const call = (who: TWho, type: 'query' | 'mutation', path: string, input: unknown) => app.call(type, path, input, cookie[who]);
  const mutate = (who: TWho, path: string, input: unknown) => call(who, 'mutation', path, input);
  const ok = async (who: TWho, path: string, input: unknown) => {
    const res = await mutate(who, path, input);
    expect(res.error?.message, path).toBeUndefined();
    return res.data;
  };

  it('confirms, delivers partially then fully, and records who and when', async () => {
    const { order, lineA, lineB } = await insertOrder(db.db, a);
    let current = await ok('rep', 'order.changeStatus', { id: order.id, version: 1, status: 'confirmed' });
    expect(current.order).toMatchObject({ status: 'confirmed', version: 2 });
    expect(current.nextStatuses).toEqual(['delivered', 'cancelled']);
    current = await ok('rep', 'order.deliver', { id: order.id, version: 2, lines: [{ orderLineId: lineA.id, quantity: '4' }] });
    expect(current.order.status).toBe('partially_delivered');
    expect(current.order.deliveredAt).toBeNull();
    expect(current.lines.map((l: { deliveredQuantity: string }) => l.deliveredQuantity)).toEqual(['4.000', '0.000']);
    current = await ok('manager', 'order.deliver', { id: order.id, version: 3, lines: [{ orderLineId: lineA.id, quantity: '6' }, { orderLineId: lineB.id, quantity: '2.5' }] });
    expect(current.order.status).toBe('delivered');
    expect(current.order.deliveredAt).toBeInstanceOf(Date);
    expect(current.lines.map((l: { deliveredQuantity: string }) => l.deliveredQuantity)).toEqual(['10.000', '2.500']);
    expect(current.history.map((h: { fromStatus: string; toStatus: string; actorName: string }) => [h.fromStatus, h.toStatus, h.actorName])).toEqual([
      ['partially_delivered', 'delivered', a.byRole.manager.name],
      ['confirmed', 'partially_delivered', a.byRole.rep.name],
      ['entered', 'confirmed', a.byRole.rep.name],
    ]);
    // The order's owner (manager) hears of the rep's changes; the opportunity owner (rep) of the manager's.
    const told = await db.db.select().from(notifications).where(eq(notifications.kind, 'order_status'));
    expect(told.map((n) => [n.userId, n.data.to]).sort()).toEqual(
      [
        [a.byRole.manager.userId, 'confirmed'],
        [a.byRole.manager.userId, 'partially_delivered'],
        [a.byRole.rep.userId, 'delivered'],
      ].sort(),
    );
    expect(told[0]!.link).toBe(`/orders/${order.id}`);
  });

  it('refuses illegal transitions, over-delivery and stale versions with clear messages', async () => {
    const { order, lineA } = await insertOrder(db.db, a, { status: 'delivered' });
    const cancel = await mutate('rep', 'order.cancel', { id: order.id, version: 1 });
    expect(cancel.status).toBe(400);
    expect(cancel.error?.message).toBe('This order cannot be cancelled: it is already delivered.');
    const early = await insertOrder(db.db, a);
    const deliver = await mutate('rep', 'order.deliver', { id: early.order.id, version: 1, lines: [{ orderLineId: early.lineA.id, quantity: '1' }] });
    expect(deliver.error?.message).toBe('Confirm the order before recording deliveries.');
    await ok('rep', 'order.changeStatus', { id: early.order.id, version: 1, status: 'confirmed' });
    const tooMuch = await mutate('rep', 'order.deliver', { id: early.order.id, version: 2, lines: [{ orderLineId: early.lineA.id, quantity: '10.001' }] });
    expect(tooMuch.error?.message).toBe('Line 1: only 10 left to deliver (got 10.001).');
    const stale = await mutate('manager', 'order.changeStatus', { id: early.order.id, version: 1, status: 'cancelled' });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toMatch(new RegExp(`^${a.byRole.rep.name} changed order SO-2026-\\d+ meanwhile \\(it is now confirmed\\)`));
    const foreignLine = await mutate('rep', 'order.deliver', { id: early.order.id, version: 2, lines: [{ orderLineId: lineA.id, quantity: '1' }] });
    expect(foreignLine.error?.message).toBe('A delivered line is not part of this order.');
    const [row] = await db.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ status: 'delivered', version: 1 });
    expect(await db.db.select().from(orderStatusChanges).where(eq(orderStatusChanges.orderId, order.id))).toEqual([]);
  });

  it('invoices part, then the rest; the order becomes invoiced; over-invoicing is refused', async () => {
    const { order, lineA, lineB } = await insertOrder(db.db, a, { status: 'delivered', paymentTermsDays: 45 });
    const first = await ok('rep', 'invoice.createFromOrder', { orderId: order.id, issueDate: '2026-01-20', lines: [{ orderLineId: lineA.id, quantity: '4' }] });
    expect(first.invoice).toMatchObject({ number: 'INV-2026-0001', status: 'draft', issueDate: '2026-01-20', dueDate: '2026-03-06', netMinor: 7196, taxMinor: 1511, grossMinor: 8707 });
    expect(first.lines).toHaveLength(1);
    expect(first.lines[0]).toMatchObject({ orderLineId: lineA.id, quantity: '4.000', description: 'Sensor de presión' });
    const over = await mutate('rep', 'invoice.createFromOrder', { orderId: order.id, lines: [{ orderLineId: lineA.id, quantity: '6.001' }] });
    expect(over.status).toBe(400);
    expect(over.error?.message).toBe('Line 1: only 6 left to invoice (got 6.001).');
    let view = await call('rep', 'query', 'order.get', { id: order.id });
    expect(view.data.lines.map((l: { remainingToInvoice: string }) => l.remainingToInvoice)).toEqual(['6.000', '2.500']);

    await ok('rep', 'invoice.authorize', { id: first.invoice.id, version: 1 });
    const rest = await ok('rep', 'invoice.createFromOrder', { orderId: order.id, issueDate: '2026-02-01' });
    expect(rest.invoice.number).toBe('INV-2026-0002');
    expect(rest.lines.map((l: { orderLineId: string; quantity: string }) => [l.orderLineId, l.quantity])).toEqual([[lineA.id, '6.000'], [lineB.id, '2.500']]);
    expect(first.invoice.grossMinor + rest.invoice.grossMinor).toBe(order.grossMinor);
    const nothingLeft = await mutate('rep', 'invoice.createFromOrder', { orderId: order.id });
    expect(nothingLeft.error?.message).toBe('Everything on this order is already invoiced.');
    // A draft does not invoice the order; authorizing the last one does.
    expect((await call('rep', 'query', 'order.get', { id: order.id })).data.order.status).toBe('delivered');
    const authorized = await ok('manager', 'invoice.authorize', { id: rest.invoice.id, version: 1 });
    expect(authorized.invoice).toMatchObject({ status: 'authorized', version: 2 });
    view = await call('rep', 'query', 'order.get', { id: order.id });
    expect(view.data.order.status).toBe('invoiced');
    expect(view.data.history[0]).toMatchObject({ fromStatus: 'delivered', toStatus: 'invoiced', actorName: a.byRole.manager.name });
    expect(view.data.invoices.map((i: { number: string }) => i.number)).toEqual(['INV-2026-0001', 'INV-2026-0002']);
    const cancelOrder = await mutate('rep', 'order.cancel', { id: order.id, version: view.data.order.version });
    expect(cancelOrder.error?.message).toMatch(/cannot be cancelled: it is already invoiced/);

    // Cancelling an invoice reopens the order and frees its quantities.
    await ok('rep', 'invoice.cancel', { id: rest.invoice.id, version: 2 });
    view = await call('rep', 'query', 'order.get', { id: order.id });
    expect(view.data.order.status).toBe('delivered');
    expect(view.data.lines.map((l: { remainingToInvoice: string }) => l.remainingToInvoice)).toEqual(['6.000', '2.500']);
    const paid = await ok('rep', 'invoice.markPaid', { id: first.invoice.id, version: 2 });
    expect(paid.invoice.status).toBe('paid');
    expect(paid.invoice.paidAt).toBeInstanceOf(Date);
    const again = await mutate('rep', 'invoice.cancel', { id: first.invoice.id, version: 3 });
    expect(again.error?.message).toBe('This invoice is paid and cannot change any more.');
  });

  it('refuses invoicing an order that is not confirmed, and paying a draft', async () => {
    const { order } = await insertOrder(db.db, a);
    expect((await mutate('rep', 'invoice.createFromOrder', { orderId: order.id })).error?.message).toMatch(/^Confirm order SO-2026-\d+ before invoicing it\.$/);
    const confirmed = await insertOrder(db.db, a, { status: 'confirmed' });
    const draft = await ok('rep', 'invoice.createFromOrder', { orderId: confirmed.order.id });
    expect((await mutate('rep', 'invoice.markPaid', { id: draft.invoice.id, version: 1 })).error?.message).toBe('Authorize the invoice before marking it paid.');
    expect((await mutate('rep', 'order.cancel', { id: confirmed.order.id, version: 1 })).error?.message).toBe(
      `This order cannot be cancelled: invoice ${draft.invoice.number} is not cancelled. Cancel it first.`,
    );
  });

  it('detects overdue invoices once per owner, idempotently, and lists them as overdue', async () => {
    const { order } = await insertOrder(db.db, a, { status: 'delivered', paymentTermsDays: 30 });
    const created = await ok('rep', 'invoice.createFromOrder', { orderId: order.id, issueDate: '2026-01-10' });
    expect(created.invoice.dueDate).toBe('2026-02-09');
    const published: { event: string; to?: readonly string[] }[] = [];
    const publish = (_org: string, event: string, _payload: unknown, to?: readonly string[]) => void published.push({ event, to });
    // A draft is never overdue.
    expect(await detectOverdueInvoices(db.db, new Date('2026-03-01T10:00:00Z'), publish)).toBe(0);
    await ok('rep', 'invoice.authorize', { id: created.invoice.id, version: 1 });
    // Due on 9 Feb: still pending that day in Madrid, overdue from the 10th.
    expect(await detectOverdueInvoices(db.db, new Date('2026-02-09T22:30:00Z'), publish)).toBe(0);
    expect(await detectOverdueInvoices(db.db, new Date('2026-02-09T23:30:00Z'), publish)).toBe(1);
    expect(await detectOverdueInvoices(db.db, new Date('2026-02-11T09:00:00Z'), publish)).toBe(0);
    const rows = await db.db.select().from(notifications).where(and(eq(notifications.kind, 'invoice_overdue'), eq(notifications.organizationId, a.organizationId)));
    expect(rows.map((r) => r.userId).sort()).toEqual([a.byRole.manager.userId, a.byRole.rep.userId].sort());
    expect(rows[0]).toMatchObject({ dedupeKey: `invoice-overdue:${created.invoice.id}`, link: `/invoices/${created.invoice.id}`, actorId: null });
    expect(rows[0]!.data).toMatchObject({ number: created.invoice.number, dueDate: '2026-02-09' });
    expect(published.filter((p) => p.event === 'notification:new')).toHaveLength(2);

    const overdue = await call('viewer', 'query', 'invoice.list', { status: 'overdue' });
    expect(overdue.data.rows.map((r: { id: string; displayStatus: string }) => [r.id, r.displayStatus])).toEqual([[created.invoice.id, 'overdue']]);
    expect((await call('viewer', 'query', 'invoice.list', { status: 'pending' })).data.rows).toEqual([]);
    const detail = await call('viewer', 'query', 'invoice.get', { id: created.invoice.id });
    expect(detail.data.displayStatus).toBe('overdue');
  });

  it('walks the chain from an invoice up to the opportunity and from the opportunity down', async () => {
    const { order, quote } = await insertOrder(db.db, a, { status: 'delivered', withQuote: true });
    const invoice = await ok('rep', 'invoice.createFromOrder', { orderId: order.id });
    const up = await call('viewer', 'query', 'documentChain.get', { type: 'invoice', id: invoice.invoice.id });
    expect(up.status).toBe(200);
    expect(up.data.opportunity).toMatchObject({ id: a.opportunity.id, title: a.opportunity.title });
    expect(up.data.quotes).toEqual([expect.objectContaining({ id: quote!.id, status: 'accepted', parentId: a.opportunity.id, link: `/quotes/${quote!.id}` })]);
    expect(up.data.orders).toEqual([expect.objectContaining({ id: order.id, number: order.number, parentId: quote!.id, grossMinor: 324_269 })]);
    expect(up.data.invoices).toEqual([expect.objectContaining({ id: invoice.invoice.id, parentId: order.id, displayStatus: 'draft', link: `/invoices/${invoice.invoice.id}` })]);
    const down = await call('viewer', 'query', 'documentChain.get', { type: 'opportunity', id: a.opportunity.id });
    expect(down.data).toEqual({ ...up.data, focus: { type: 'opportunity', id: a.opportunity.id } });
    // Another organization's opportunity has its own chain, empty of ours.
    const theirs = await call('other', 'query', 'documentChain.get', { type: 'opportunity', id: b.opportunity.id });
    expect(theirs.data).toMatchObject({ quotes: [], orders: [], invoices: [] });
  });

  it('lets another organization neither read nor change anything, and a viewer only read', async () => {
    const { order, lineA } = await insertOrder(db.db, a, { status: 'confirmed' });
    const invoice = await ok('rep', 'invoice.createFromOrder', { orderId: order.id });
    const invoiceId = invoice.invoice.id;
    for (const [type, path, input] of [
      ['query', 'order.get', { id: order.id }],
      ['query', 'invoice.get', { id: invoiceId }],
      ['query', 'documentChain.get', { type: 'order', id: order.id }],
      ['query', 'documentChain.get', { type: 'invoice', id: invoiceId }],
      ['mutation', 'order.changeStatus', { id: order.id, version: 1, status: 'cancelled' }],
      ['mutation', 'order.deliver', { id: order.id, version: 1, lines: [{ orderLineId: lineA.id, quantity: '1' }] }],
      ['mutation', 'invoice.createFromOrder', { orderId: order.id }],
      ['mutation', 'invoice.authorize', { id: invoiceId, version: 1 }],
      ['mutation', 'invoice.cancel', { id: invoiceId, version: 1 }],
    ] as const) {
      const res = await call('other', type, path, input);
      expect(res.status, path).toBe(404);
    }
    expect((await call('other', 'query', 'order.list', {})).data).toMatchObject({ rows: [], total: 0 });
    expect((await call('other', 'query', 'invoice.list', {})).data).toMatchObject({ rows: [], total: 0 });

    for (const [path, input] of [
      ['order.changeStatus', { id: order.id, version: 1, status: 'delivered' }],
      ['order.deliver', { id: order.id, version: 1, lines: [{ orderLineId: lineA.id, quantity: '1' }] }],
      ['order.cancel', { id: order.id, version: 1 }],
      ['invoice.createFromOrder', { orderId: order.id }],
      ['invoice.authorize', { id: invoiceId, version: 1 }],
      ['invoice.markPaid', { id: invoiceId, version: 1 }],
      ['invoice.cancel', { id: invoiceId, version: 1 }],
    ] as const) {
      const res = await mutate('viewer', path, input);
      expect(res.status, path).toBe(403);
    }
    const list = await call('viewer', 'query', 'order.list', { status: 'confirmed' });
    expect(list.data.rows.map((r: { id: string }) => r.id)).toEqual([order.id]);
    expect(list.data.sums).toEqual([{ currency: 'EUR', grossMinor: 324_269 }]);
    expect((await call('viewer', 'query', 'order.get', { id: order.id })).data.order).toMatchObject({ status: 'confirmed', version: 1 });
  });

  it('announces doc:changed after each committed order and invoice change', async () => {
    const { connectSocket } = await import('~/server/testing/connect-socket');
    const socket = await connectSocket(app.baseUrl, cookie.manager);
    const events: { type: string; status: string; actorId: string }[] = [];
    socket.on(DOC_CHANGED_EVENT, (e) => events.push(e));
    const { order } = await insertOrder(db.db, a, { status: 'delivered' });
    const invoice = await ok('rep', 'invoice.createFromOrder', { orderId: order.id });
    await ok('rep', 'invoice.authorize', { id: invoice.invoice.id, version: 1 });
    const refused = await mutate('rep', 'invoice.authorize', { id: invoice.invoice.id, version: 2 });
    expect(refused.status).toBe(400);
    await new Promise((r) => setTimeout(r, 150));
    socket.close();
    expect(events.map((e) => [e.type, e.status, e.actorId])).toEqual([
      ['invoice', 'draft', a.byRole.rep.userId],
      ['invoice', 'authorized', a.byRole.rep.userId],
      ['order', 'invoiced', a.byRole.rep.userId],
    ]);
  });
});
