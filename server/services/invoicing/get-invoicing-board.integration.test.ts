import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invoices, opportunities, orders } from '~/db/schema';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { ZInvoicingBoardInputSchema, type TInvoicingBoardInput } from '~/domain/schemas/invoicing';
import { seedInvoicingFixture } from '~/server/testing/invoicing-fixture';
import { startTestServer } from '~/server/testing/test-server';
import { CARDS_PER_CELL } from './board-cards';
import { getInvoicingBoard } from './get-invoicing-board';
import { listCellCards } from './list-cell-cards';

const NOW = new Date('2026-04-15T10:00:00Z');

/** The board's aggregates and cards against hand-computed fixtures (see server/testing/invoicing-fixture.ts). */
describe('invoicing board', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let a: TOrgFixture;
  let b: TOrgFixture;
  let ids: Awaited<ReturnType<typeof seedInvoicingFixture>>;
  beforeAll(async () => {
    db = await createTestDb();
  });
  beforeEach(async () => {
    await db.reset();
    a = await createOrgFixture(db.db, 'alpha', ['manager', 'rep', 'viewer']);
    b = await createOrgFixture(db.db, 'beta', ['rep']);
    ids = await seedInvoicingFixture(db.db, a);
    // Another organization's documents in the same months must never show.
    await db.db.insert(orders).values({ organizationId: b.organizationId, number: 'O-B', customerId: b.customer.id, currency: 'EUR', orderDate: '2026-03-10', netMinor: 999_999 });
    await db.db.insert(invoices).values({ organizationId: b.organizationId, number: 'F-B', customerId: b.customer.id, currency: 'EUR', issueDate: '2026-03-10', dueDate: '2026-03-11', netMinor: 999_999, status: 'authorized' });
  });
  afterAll(async () => {
    await db?.drop();
  });

  const board = (organizationId: string, input: TInvoicingBoardInput) => getInvoicingBoard(db.db, organizationId, ZInvoicingBoardInputSchema.parse(input), NOW);
  /** Aggregates as "lane month status" → [count, amount, weighted]. */
  const table = (result: Awaited<ReturnType<typeof board>>) =>
    Object.fromEntries(result.aggregates.map((x) => [`${x.lane} ${x.month} ${x.status}`, [x.count, x.amountMinor, x.weightedMinor]]));

  it('aggregates each lane per month and status, in the organization currency and calendar', async () => {
    const result = await board(a.organizationId, { from: '2026-03', months: 2 });
    expect(result.months).toEqual(['2026-03', '2026-04']);
    expect(result.today).toBe('2026-04-15');
    expect(table(result)).toEqual({
      'opportunities 2026-03 open': [2, 130_001, 57_500],
      'opportunities 2026-04 open': [1, 200_000, 20_000],
      'opportunities 2026-04 won': [1, 50_000, 0],
      'orders 2026-03 confirmed': [1, 120_000, 0],
      'orders 2026-03 invoiced': [1, 80_000, 0],
      'invoices 2026-03 overdue': [1, 50_000, 0],
      'invoices 2026-03 pending': [1, 20_000, 0],
      'invoices 2026-04 draft': [1, 5_000, 0],
      'invoices 2026-04 overdue': [1, 1_000, 0],
      'invoices 2026-04 paid': [1, 70_000, 0],
    });
    expect(result.otherCurrency).toEqual({ opportunities: 1, orders: 0, invoices: 0 });
    expect(result.cards).toBeNull();
  });

  it('defaults to 3 months back and 12 months from today in the organization time zone', async () => {
    const result = await board(a.organizationId, {});
    expect(result.months[0]).toBe('2026-01');
    expect(result.months).toHaveLength(12);
    expect(result.currentMonth).toBe('2026-04');
    // The fixture opportunity closing in 2030 is outside the period.
    expect(result.aggregates.some((x) => x.amountMinor === 1_000_000)).toBe(false);
  });

  it('filters by owner, team and customer in every lane', async () => {
    const manager = a.byRole.manager.userId;
    const expected = {
      'opportunities 2026-04 open': [1, 200_000, 20_000],
      'orders 2026-03 invoiced': [1, 80_000, 0],
      'invoices 2026-04 draft': [1, 5_000, 0],
      'invoices 2026-04 overdue': [1, 1_000, 0],
      'invoices 2026-04 paid': [1, 70_000, 0],
    };
    expect(table(await board(a.organizationId, { from: '2026-03', months: 2, filter: { owner: manager } }))).toEqual(expected);
    expect(table(await board(a.organizationId, { from: '2026-03', months: 2, filter: { team: ids.team.id } }))).toEqual(expected);
    expect(table(await board(a.organizationId, { from: '2026-03', months: 2, filter: { customer: ids.c2 } }))).toEqual(expected);
  });

  it('lists cards per cell in the individual view, biggest first, including other currencies', async () => {
    const result = await board(a.organizationId, { from: '2026-03', months: 2, view: 'individual' });
    const march = result.cards!.opportunities['2026-03']!;
    expect(march.total).toBe(3);
    expect(march.cards.map((c) => [c.title, c.amountMinor, c.currency])).toEqual([
      ['O1 march open', 100_000, 'EUR'],
      ['O6 dollars', 99_999, 'USD'],
      ['O2 march open', 30_001, 'EUR'],
    ]);
    expect(result.cards!.opportunities['2026-04']!.cards.map((c) => [c.title, c.status, c.date])).toEqual([
      ['O3 april open', 'open', '2026-04-01'],
      ['O4 won', 'won', '2026-04-01'],
    ]);
    expect(result.cards!.invoices['2026-04']!.cards.map((c) => [c.title, c.status, c.dueDate])).toEqual([
      ['F-3', 'paid', '2026-05-01'],
      ['F-4', 'draft', '2026-05-10'],
      ['F-6', 'overdue', '2026-04-14'],
    ]);
    expect(result.cards!.orders['2026-04']).toBeUndefined();
    expect(result.cards!.orders['2026-03']!.cards.map((c) => [c.title, c.ownerName])).toEqual([
      ['O-2026-0001', a.byRole.rep.name],
      ['O-2026-0002', a.byRole.manager.name],
    ]);
  });

  it('caps big cells and pages the rest without overlap', async () => {
    await db.db.insert(orders).values(
      Array.from({ length: CARDS_PER_CELL + 3 }, (_, i) => ({
        organizationId: a.organizationId, number: `O-2026-1${i}`, customerId: a.customer.id, currency: 'EUR', orderDate: '2026-06-15', netMinor: 1_000 * (i + 1),
      })),
    );
    const result = await board(a.organizationId, { from: '2026-06', months: 1, view: 'individual' });
    const june = result.cards!.orders['2026-06']!;
    expect(june.total).toBe(CARDS_PER_CELL + 3);
    expect(june.cards).toHaveLength(CARDS_PER_CELL);
    const rest = await listCellCards(db.db, a.organizationId, { lane: 'orders', month: '2026-06', filter: {}, offset: CARDS_PER_CELL, limit: 50 }, NOW);
    expect(rest).toHaveLength(3);
    const all = [...june.cards, ...rest].map((c) => c.amountMinor);
    expect(all).toEqual([...all].sort((x, y) => y - x));
    expect(new Set(all).size).toBe(CARDS_PER_CELL + 3);
  });

  it('lists pinned deals (just moved by this client) first in their cell', async () => {
    const rows = await db.db
      .insert(opportunities)
      .values(
        Array.from({ length: CARDS_PER_CELL + 2 }, (_, i) => ({
          organizationId: a.organizationId, title: `June ${i}`, ownerId: a.byRole.rep.userId, pipelineId: a.pipeline.id, stageId: a.stage.id,
          amountMinor: 1_000 * (i + 1), currency: 'EUR', probability: 50, expectedCloseDate: '2026-06-10', rank: 'a1',
        })),
      )
      .returning();
    const smallest = rows[0]!.id;
    const plain = await board(a.organizationId, { from: '2026-06', months: 1, view: 'individual' });
    expect(plain.cards!.opportunities['2026-06']!.cards.map((c) => c.id)).not.toContain(smallest);
    const pinned = await board(a.organizationId, { from: '2026-06', months: 1, view: 'individual', pin: [smallest] });
    const june = pinned.cards!.opportunities['2026-06']!;
    expect(june.cards[0]!.id).toBe(smallest);
    expect(june.cards).toHaveLength(CARDS_PER_CELL);
    expect(june.total).toBe(CARDS_PER_CELL + 2);
  });

  it('shows another organization nothing of this one', async () => {
    const result = await board(b.organizationId, { from: '2026-03', months: 2, view: 'individual' });
    expect(table(result)).toEqual({ 'orders 2026-03 entered': [1, 999_999, 0], 'invoices 2026-03 overdue': [1, 999_999, 0] });
    expect(Object.keys(result.cards!.opportunities)).toEqual([]);
    const leaked = await listCellCards(db.db, b.organizationId, { lane: 'invoices', month: '2026-04', filter: {}, offset: 0, limit: 50 }, NOW);
    expect(leaked).toEqual([]);
  });

  it('answers over HTTP to members only, with zod errors for a bad period', async () => {
    const app = await startTestServer(db);
    try {
      const cookie = await app.signIn(a.byRole.viewer.email, FIXTURE_PASSWORD);
      const ok = await app.call('query', 'invoicing.board', { from: '2026-03', months: 2 }, cookie);
      expect(ok.status).toBe(200);
      expect(ok.data.months).toEqual(['2026-03', '2026-04']);
      const bad = await app.call('query', 'invoicing.board', { from: '2026-13', months: 99 }, cookie);
      expect(bad.status).toBe(400);
      expect(bad.error?.message).toMatch(/from: Must be a month as YYYY-MM/);
      expect((await app.call('query', 'invoicing.board', {})).status).toBe(401);
    } finally {
      await app.close();
    }
  });
});
