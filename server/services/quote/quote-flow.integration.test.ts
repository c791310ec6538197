import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { customers, notifications, opportunities, opportunityEvents, orderLines, orders, orderStatusChanges, organizations, priceListItems, priceLists, products, quotes } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { DOC_CHANGED_EVENT } from '~/domain/schemas/doc-event';
import type { TViewer } from '../viewer';
import { acceptAndWin } from './accept-and-win';
import { addQuoteLine } from './add-quote-line';
import { convertToOrder } from './convert-to-order';
import { createQuote } from './create-quote';
import { decideApproval } from './decide-approval';
import { getQuote } from './get-quote';
import { listQuotes } from './list-quotes';
import { removeQuoteLine } from './remove-quote-line';
import { requestApproval } from './request-approval';
import { sendQuote } from './send-quote';
import { setQuoteStatus } from './set-quote-status';
import { updateQuoteLine } from './update-quote-line';

/** The quote life cycle through the services, on a real database, with a publish spy. */
describe('quote services', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let a: TOrgFixture;
  let b: TOrgFixture;
  let servo: string;
  let cable: string;
  const publish = vi.fn();
  const as = (org: TOrgFixture, role: 'manager' | 'rep' | 'viewer'): TViewer & { name: string } => {
    const p = org.byRole[role];
    return { userId: p.userId, memberId: p.memberId, organizationId: org.organizationId, role, name: p.name };
  };
  const events = (name: string) => publish.mock.calls.filter((c) => c[1] === name).map((c) => c[2]);

  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(async () => {
    await db.reset();
    publish.mockReset();
    a = await createOrgFixture(db.db, 'alpha', ['manager', 'rep', 'viewer']);
    b = await createOrgFixture(db.db, 'beta', ['rep']);
    const org = a.organizationId;
    const [s, c] = await db.db
      .insert(products)
      .values([
        { organizationId: org, sku: 'SRV-400', name: 'Servo 400 W', unitPriceMinor: 50_000, currency: 'EUR', taxRateBps: 2100 },
        { organizationId: org, sku: 'CBL-5', name: 'Cable 5 m', unitPriceMinor: 1_999, currency: 'EUR', taxRateBps: 1000 },
      ])
      .returning();
    servo = s!.id;
    cable = c!.id;
    const [dealers, standard] = await db.db
      .insert(priceLists)
      .values([
        { organizationId: org, name: 'Distribuidores', currency: 'EUR' },
        { organizationId: org, name: 'Tarifa 2030', currency: 'EUR', isDefault: true },
      ])
      .returning();
    await db.db.insert(priceListItems).values([
      { organizationId: org, priceListId: dealers!.id, productId: servo, unitPriceMinor: 42_000 },
      { organizationId: org, priceListId: standard!.id, productId: servo, unitPriceMinor: 48_000 },
      { organizationId: org, priceListId: standard!.id, productId: cable, unitPriceMinor: 1_800 },
    ]);
    await db.db.update(customers).set({ priceListId: dealers!.id, discountBps: 500 }).where(eq(customers.id, a.customer.id));
  });

  const newQuote = () => createQuote(db.db, as(a, 'rep'), { opportunityId: a.opportunity.id }, publish);

  it('creates a numbered draft from the opportunity, with the customer and a validity date', async () => {
    const quote = await newQuote();
    const year = new Date().getUTCFullYear();
    expect(quote).toMatchObject({ number: `Q-${year}-0001`, status: 'draft', customerId: a.customer.id, opportunityId: a.opportunity.id, ownerId: a.byRole.rep.userId, currency: 'EUR', netMinor: 0, version: 1 });
    expect(quote.validUntil! > quote.issueDate).toBe(true);
    expect(events(DOC_CHANGED_EVENT)).toEqual([{ type: 'quote', id: quote.id, opportunityId: a.opportunity.id, customerId: a.customer.id, status: 'draft', actorId: a.byRole.rep.userId }]);
    expect((await newQuote()).number).toBe(`Q-${year}-0002`);
    const list = await listQuotes(db.db, a.organizationId, { search: a.customer.legalName.slice(0, 6), limit: 50, offset: 0 });
    expect(list.total).toBe(2);
    expect(list.rows[0]).toMatchObject({ customerName: a.customer.legalName, opportunityTitle: a.opportunity.title, ownerName: a.byRole.rep.name });
  });

  it('prices product lines from the customer’s list, then the default list, with the customer discount, and keeps totals per line', async () => {
    const rep = as(a, 'rep');
    const q0 = await newQuote();
    const q1 = await addQuoteLine(db.db, rep, { quoteId: q0.id, version: 1, line: { productId: servo, quantity: '2', description: undefined } }, publish);
    const q2 = await addQuoteLine(db.db, rep, { quoteId: q0.id, version: q1.version, line: { productId: cable, quantity: '2.5' } }, publish);
    const q3 = await addQuoteLine(db.db, rep, { quoteId: q0.id, version: q2.version, line: { productId: null, description: 'Puesta en marcha', quantity: '1', unitPriceMinor: 30_000, taxRateBps: 2100 } }, publish);
    const detail = await getQuote(db.db, a.organizationId, q0.id);
    expect(detail.lines.map((l) => [l.position, l.description, l.unitPriceMinor, l.discountBps, l.taxRateBps, l.netMinor, l.taxMinor])).toEqual([
      [1, 'Servo 400 W', 42_000, 500, 2100, 79_800, 16_758], // customer list; 2 × 420 € − 5 %
      [2, 'Cable 5 m', 1_800, 500, 1000, 4_275, 428], // default list; 2.5 × 18 € − 5 % = 42.75; 10 % tax = 4.275 → 4.28
      [3, 'Puesta en marcha', 30_000, 0, 2100, 30_000, 6_300],
    ]);
    expect(q3).toMatchObject({ netMinor: 114_075, taxMinor: 23_486, grossMinor: 137_561, version: 4 });
    const edited = await updateQuoteLine(db.db, rep, { quoteId: q0.id, lineId: detail.lines[1]!.id, version: 4, patch: { quantity: '3' } }, publish);
    expect(edited).toMatchObject({ netMinor: 79_800 + 5_130 + 30_000, version: 5 });
    const removed = await removeQuoteLine(db.db, rep, { quoteId: q0.id, lineId: detail.lines[0]!.id, version: 5 }, publish);
    expect(removed.netMinor).toBe(5_130 + 30_000);
    expect((await getQuote(db.db, a.organizationId, q0.id)).lines.map((l) => l.position)).toEqual([1, 2]);
  });

  it('answers CONFLICT to a stale version and changes nothing', async () => {
    const rep = as(a, 'rep');
    const q = await newQuote();
    await addQuoteLine(db.db, rep, { quoteId: q.id, version: 1, line: { productId: servo, quantity: '1' } }, publish);
    await expect(addQuoteLine(db.db, rep, { quoteId: q.id, version: 1, line: { productId: cable, quantity: '1' } }, publish)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('changed by someone else'),
    });
    expect((await getQuote(db.db, a.organizationId, q.id)).lines).toHaveLength(1);
  });

  it('needs a manager’s approval for a discount above the threshold before sending; records who, when and why; notifies', async () => {
    const rep = as(a, 'rep');
    const manager = as(a, 'manager');
    await db.db.update(organizations).set({ discountApprovalThresholdBps: 1500 }).where(eq(organizations.id, a.organizationId));
    const q = await newQuote();
    let v = (await addQuoteLine(db.db, rep, { quoteId: q.id, version: 1, line: { productId: servo, quantity: '1', discountBps: 2500 } }, publish)).version;
    expect((await getQuote(db.db, a.organizationId, q.id)).approval).toMatchObject({ required: true, status: 'not_required', thresholdBps: 1500 });
    await expect(sendQuote(db.db, rep, { id: q.id, version: v }, publish)).rejects.toThrow(/request a manager’s approval/);

    v = (await requestApproval(db.db, rep, { id: q.id, version: v }, publish)).version;
    const asked = await db.db.select().from(notifications).where(eq(notifications.kind, 'approval_requested'));
    expect(asked.map((n) => n.userId)).toEqual([a.byRole.manager.userId]);
    expect(asked[0]).toMatchObject({ link: `/quotes/${q.id}`, data: expect.objectContaining({ number: q.number, maxDiscountBps: 2500, thresholdBps: 1500 }) });
    expect(publish).toHaveBeenCalledWith(a.organizationId, 'notification:new', expect.objectContaining({ kind: 'approval_requested' }), [a.byRole.manager.userId]);
    await expect(sendQuote(db.db, rep, { id: q.id, version: v }, publish)).rejects.toThrow(/waiting for a manager’s approval/);
    await expect(updateQuoteLine(db.db, rep, { quoteId: q.id, lineId: (await getQuote(db.db, a.organizationId, q.id)).lines[0]!.id, version: v, patch: { discountBps: 3000 } }, publish)).rejects.toThrow(/locked/);
    await expect(decideApproval(db.db, rep, { id: q.id, version: v, decision: 'approved', note: '' }, publish)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    v = (await decideApproval(db.db, manager, { id: q.id, version: v, decision: 'rejected', note: 'Máximo 20 % para este cliente' }, publish)).version;
    await expect(sendQuote(db.db, rep, { id: q.id, version: v }, publish)).rejects.toThrow(/rejected/);
    let detail = await getQuote(db.db, a.organizationId, q.id);
    expect(detail.approval).toMatchObject({ status: 'rejected', decidedByName: a.byRole.manager.name, note: 'Máximo 20 % para este cliente' });
    expect(detail.approval.decidedAt).toBeInstanceOf(Date);
    const told = await db.db.select().from(notifications).where(eq(notifications.kind, 'approval_decided'));
    expect(told).toMatchObject([{ userId: a.byRole.rep.userId, data: expect.objectContaining({ decision: 'rejected', note: 'Máximo 20 % para este cliente' }) }]);

    v = (await updateQuoteLine(db.db, rep, { quoteId: q.id, lineId: detail.lines[0]!.id, version: v, patch: { discountBps: 2000 } }, publish)).version;
    v = (await requestApproval(db.db, rep, { id: q.id, version: v }, publish)).version;
    v = (await decideApproval(db.db, manager, { id: q.id, version: v, decision: 'approved', note: 'OK por volumen' }, publish)).version;
    const sent = await sendQuote(db.db, rep, { id: q.id, version: v }, publish);
    expect(sent).toMatchObject({ status: 'sent', approvalStatus: 'approved', approvalDecidedBy: a.byRole.manager.userId, approvalNote: 'OK por volumen' });
    expect(sent.sentAt).toBeInstanceOf(Date);
    detail = await getQuote(db.db, a.organizationId, q.id);
    expect(detail.approval.sendBlocker).toBeNull();
  });

  it('sends without approval when every discount is within the threshold; refuses an empty quote', async () => {
    const rep = as(a, 'rep');
    const q = await newQuote();
    await expect(sendQuote(db.db, rep, { id: q.id, version: 1 }, publish)).rejects.toThrow(/no lines/);
    const v = (await addQuoteLine(db.db, rep, { quoteId: q.id, version: 1, line: { productId: servo, quantity: '1', discountBps: 2000 } }, publish)).version;
    await expect(requestApproval(db.db, rep, { id: q.id, version: v }, publish)).rejects.toThrow(/can be sent as it is/);
    expect((await sendQuote(db.db, rep, { id: q.id, version: v }, publish)).status).toBe('sent');
  });

  it('accept & win: accepts the quote, wins the deal (board event), and creates the order with the copied lines', async () => {
    const rep = as(a, 'rep');
    const q = await newQuote();
    let v = (await addQuoteLine(db.db, rep, { quoteId: q.id, version: 1, line: { productId: servo, quantity: '2' } }, publish)).version;
    v = (await addQuoteLine(db.db, rep, { quoteId: q.id, version: v, line: { productId: cable, quantity: '10' } }, publish)).version;
    v = (await sendQuote(db.db, rep, { id: q.id, version: v }, publish)).version;
    publish.mockReset();

    const result = await acceptAndWin(db.db, rep, { id: q.id, version: v }, publish);
    expect(result.quote).toMatchObject({ status: 'accepted' });
    expect(result.quote.decidedAt).toBeInstanceOf(Date);
    const [opp] = await db.db.select().from(opportunities).where(eq(opportunities.id, a.opportunity.id));
    expect(opp).toMatchObject({ status: 'won', probability: 100, forecastCategory: 'closed', version: 2, amountMinor: result.quote.netMinor });
    expect(opp!.closedAt).toBeInstanceOf(Date);
    expect(opp!.boardSeq).toBeGreaterThan(0);
    const history = await db.db.select().from(opportunityEvents).where(eq(opportunityEvents.opportunityId, a.opportunity.id));
    expect(history).toMatchObject([{ kind: 'won', version: 2, actorId: rep.userId, to: { status: 'won', probability: 100, amountMinor: result.quote.netMinor } }]);

    const [order] = await db.db.select().from(orders).where(eq(orders.quoteId, q.id));
    expect(order).toMatchObject({
      number: `SO-${new Date().getUTCFullYear()}-0001`,
      status: 'entered',
      orderDate: new Date().toISOString().slice(0, 10),
      opportunityId: a.opportunity.id,
      customerId: a.customer.id,
      netMinor: result.quote.netMinor,
      taxMinor: result.quote.taxMinor,
      grossMinor: result.quote.grossMinor,
    });
    const quoteLinesNow = (await getQuote(db.db, a.organizationId, q.id)).lines;
    const copied = await db.db.select().from(orderLines).where(eq(orderLines.orderId, order!.id)).orderBy(orderLines.position);
    expect(copied.map((l) => [l.quoteLineId, l.description, l.quantity, l.unitPriceMinor, l.discountBps, l.taxRateBps, l.netMinor, l.deliveredQuantity])).toEqual(
      quoteLinesNow.map((l) => [l.id, l.description, l.quantity, l.unitPriceMinor, l.discountBps, l.taxRateBps, l.netMinor, '0.000']),
    );
    expect(await db.db.select().from(orderStatusChanges).where(eq(orderStatusChanges.orderId, order!.id))).toMatchObject([{ fromStatus: null, toStatus: 'entered', actorId: rep.userId }]);

    const [cardEvent] = events('board:card');
    expect(cardEvent).toMatchObject({ kind: 'won', actorName: rep.name, seq: opp!.boardSeq, card: { id: a.opportunity.id, status: 'won', probability: 100, version: 2 } });
    expect(events(DOC_CHANGED_EVENT).map((e) => [e.type, e.status])).toEqual([['quote', 'accepted'], ['order', 'entered'], ['opportunity', 'won']]);
    expect((await getQuote(db.db, a.organizationId, q.id)).orders).toMatchObject([{ id: order!.id, number: order!.number }]);
    await expect(convertToOrder(db.db, rep, { id: q.id, version: result.quote.version }, publish)).rejects.toThrow(/already converted/);
  });

  it('converts an accepted quote once; refuses illegal transitions with a clear message', async () => {
    const rep = as(a, 'rep');
    const q = await newQuote();
    let v = (await addQuoteLine(db.db, rep, { quoteId: q.id, version: 1, line: { productId: cable, quantity: '1' } }, publish)).version;
    await expect(setQuoteStatus(db.db, rep, { id: q.id, version: v }, 'accepted', publish)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'A draft quote cannot become accepted (from draft it can only become sent).' });
    await expect(convertToOrder(db.db, rep, { id: q.id, version: v }, publish)).rejects.toThrow(/Only an accepted quote can become an order/);
    v = (await sendQuote(db.db, rep, { id: q.id, version: v }, publish)).version;
    await expect(addQuoteLine(db.db, rep, { quoteId: q.id, version: v, line: { productId: cable, quantity: '1' } }, publish)).rejects.toThrow(/only draft quotes can be edited/);
    v = (await setQuoteStatus(db.db, rep, { id: q.id, version: v }, 'accepted', publish)).version;
    await expect(setQuoteStatus(db.db, rep, { id: q.id, version: v }, 'rejected', publish)).rejects.toThrow('A accepted quote cannot become rejected (accepted is final).');
    const order = await convertToOrder(db.db, rep, { id: q.id, version: v }, publish);
    expect(order).toMatchObject({ status: 'entered', quoteId: q.id });
    const [opp] = await db.db.select().from(opportunities).where(eq(opportunities.id, a.opportunity.id));
    expect(opp!.status).toBe('open'); // plain accept + convert does not win the deal
    await expect(convertToOrder(db.db, rep, { id: q.id, version: v }, publish)).rejects.toThrow(`Quote ${q.number} is already converted to order ${order.number}.`);
  });

  it('refuses a quote for a closed deal, and keeps every other organization out', async () => {
    const other = as(b, 'rep');
    const q = await newQuote();
    await expect(getQuote(db.db, b.organizationId, q.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addQuoteLine(db.db, other, { quoteId: q.id, version: 1, line: { productId: null, description: 'x', quantity: '1', unitPriceMinor: 1, taxRateBps: 0 } }, publish)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(sendQuote(db.db, other, { id: q.id, version: 1 }, publish)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createQuote(db.db, other, { opportunityId: a.opportunity.id }, publish)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const foreignProduct = await addQuoteLine(db.db, as(b, 'rep'), { quoteId: q.id, version: 1, line: { productId: servo, quantity: '1' } }, publish).catch((e) => e);
    expect(foreignProduct).toMatchObject({ code: 'NOT_FOUND' });
    const mine = await createQuote(db.db, other, { opportunityId: b.opportunity.id }, publish);
    await expect(addQuoteLine(db.db, other, { quoteId: mine.id, version: 1, line: { productId: servo, quantity: '1' } }, publish)).rejects.toThrow('Product not found.');
    expect((await listQuotes(db.db, b.organizationId, { limit: 50, offset: 0 })).rows.map((r) => r.id)).toEqual([mine.id]);
    await db.db.update(opportunities).set({ status: 'lost' }).where(eq(opportunities.id, a.opportunity.id));
    await expect(newQuote()).rejects.toThrow('This opportunity is lost; quotes are made for open deals.');
    expect(await db.db.select().from(quotes).where(eq(quotes.organizationId, a.organizationId))).toHaveLength(1);
  });
});
