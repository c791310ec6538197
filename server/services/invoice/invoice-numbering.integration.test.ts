import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '~/db/client';
import { invoices } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { testDatabaseUrl } from '~/db/testing/postgres-admin';
import { createTestDb } from '~/db/testing/test-db';
import { insertOrder } from '~/server/testing/order-fixture';
import type { TViewer } from '../viewer';
import { createInvoiceFromOrder } from './create-invoice-from-order';

const COUNT = 30;
const ROLLBACK_AT = 15;
const ISSUE_DATE = '2026-03-01';
const noPublish = () => {};

/**
 * Invoice numbers INV-2026-0001..N: no gaps and no duplicates, created one
 * by one or all at once (one order each, so they queue on the counter row,
 * not on an order lock), with one creation rolled back after taking its number.
 */
describe('invoice numbering', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let a: TOrgFixture;
  let rep: TViewer;
  let orderIds: string[];
  const expected = Array.from({ length: COUNT }, (_, i) => `INV-2026-${String(i + 1).padStart(4, '0')}`);

  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(async () => {
    await db.reset();
    a = await createOrgFixture(db.db, 'alpha', ['manager', 'rep']);
    const p = a.byRole.rep;
    rep = { userId: p.userId, memberId: p.memberId, organizationId: a.organizationId, role: 'rep' };
    orderIds = [];
    for (let i = 0; i <= COUNT; i++) orderIds.push((await insertOrder(db.db, a, { status: 'delivered', number: `SO-2026-${1000 + i}` })).order.id);
  });

  /**
   * A real invoice creation whose transaction runs to the end (number taken,
   * invoice and lines inserted), holds the counter lock a moment so others
   * queue on it, then rolls back.
   */
  const createThenRollBack = (target: Db, orderId: string) => {
    const failing = {
      transaction: (fn: Parameters<Db['transaction']>[0]) =>
        target.transaction(async (tx) => {
          await fn(tx);
          await new Promise((resolve) => setTimeout(resolve, 50));
          throw new Error('forced rollback after numbering');
        }),
    } as unknown as Db;
    return createInvoiceFromOrder(failing, rep, { orderId, issueDate: ISSUE_DATE }, noPublish).then(
      () => 'committed',
      (error: Error) => error.message,
    );
  };
  const create = (target: Db, orderId: string) => createInvoiceFromOrder(target, rep, { orderId, issueDate: ISSUE_DATE }, noPublish).then((r) => r.invoice.number);
  const numbers = async () => (await db.db.select({ number: invoices.number }).from(invoices).where(eq(invoices.organizationId, a.organizationId))).map((i) => i.number).sort();

  it('numbers sequential creations without gaps, a rollback included (both databases)', async () => {
    for (let i = 0; i <= COUNT; i++) {
      if (i === ROLLBACK_AT) expect(await createThenRollBack(db.db, orderIds[i]!)).toBe('forced rollback after numbering');
      else await create(db.db, orderIds[i]!);
    }
    expect(await numbers()).toEqual(expected);
  });

  // PGlite is one connection in-process: its transactions never overlap, so there is no concurrency to prove there.
  it.skipIf(!testDatabaseUrl())(
    `numbers ${COUNT} parallel creations on separate connections without gaps or duplicates, with a rollback in the middle (Postgres only)`,
    async () => {
      const wide = await openDb({ driver: 'postgres', url: db.url!, max: COUNT + 1 });
      try {
        const results = await Promise.all(orderIds.map((orderId, i) => (i === ROLLBACK_AT ? createThenRollBack(wide.db, orderId) : create(wide.db, orderId))));
        expect(results[ROLLBACK_AT]).toBe('forced rollback after numbering');
        const created = results.filter((_, i) => i !== ROLLBACK_AT);
        expect(new Set(created).size).toBe(COUNT);
        expect(await numbers()).toEqual(expected);
        expect(await db.db.select().from(invoices).where(eq(invoices.orderId, orderIds[ROLLBACK_AT]!))).toEqual([]);
      } finally {
        await wide.close();
      }
    },
  );
});
