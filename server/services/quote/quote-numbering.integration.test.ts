import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb } from '~/db/client';
import { quotes } from '~/db/schema';
import { createOrgFixture, type TOrgFixture } from '~/db/testing/fixtures';
import { testDatabaseUrl } from '~/db/testing/postgres-admin';
import { createTestDb } from '~/db/testing/test-db';
import type { TViewer } from '../viewer';
import { createQuote, createQuoteInTx } from './create-quote';

const COUNT = 30;
const ROLLBACK_AT = 15;
const noPublish = () => {};

/** Quote numbers Q-YYYY-0001..N: no gaps and no duplicates, whether created one by one or all at once, with a rollback in the middle. */
describe('quote numbering', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let a: TOrgFixture;
  let rep: TViewer;
  const year = new Date().getUTCFullYear();
  const expected = Array.from({ length: COUNT }, (_, i) => `Q-${year}-${String(i + 1).padStart(4, '0')}`);

  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(async () => {
    await db.reset();
    a = await createOrgFixture(db.db, 'alpha', ['rep']);
    const p = a.byRole.rep;
    rep = { userId: p.userId, memberId: p.memberId, organizationId: a.organizationId, role: 'rep' };
  });

  /** Creates a quote whose transaction takes a number and then rolls back. */
  const createThenRollBack = (target: typeof db.db) =>
    target
      .transaction(async (tx) => {
        await createQuoteInTx(tx, rep, { opportunityId: a.opportunity.id }, new Date());
        await new Promise((resolve) => setTimeout(resolve, 50)); // hold the counter lock while others queue on it
        throw new Error('forced rollback after numbering');
      })
      .then(
        () => 'committed',
        (error: Error) => error.message,
      );

  const numbers = async () => (await db.db.select({ number: quotes.number }).from(quotes).where(eq(quotes.organizationId, a.organizationId))).map((q) => q.number).sort();

  it('numbers sequential creations without gaps, a rollback included (both databases)', async () => {
    for (let i = 0; i < COUNT; i++) {
      if (i === ROLLBACK_AT) expect(await createThenRollBack(db.db)).toBe('forced rollback after numbering');
      await createQuote(db.db, rep, { opportunityId: a.opportunity.id }, noPublish);
    }
    expect(await numbers()).toEqual(expected);
  });

  // PGlite is a single connection: transactions cannot overlap, so there is no concurrency to prove there.
  it.skipIf(!testDatabaseUrl())(
    `numbers ${COUNT} parallel creations on separate connections without gaps or duplicates, with a rollback in the middle (Postgres only: PGlite has one connection, so its transactions never overlap)`,
    async () => {
      const wide = await openDb({ driver: 'postgres', url: db.url!, max: COUNT + 1 });
      try {
        const attempts = Array.from({ length: COUNT + 1 }, (_, i) =>
          i === ROLLBACK_AT ? createThenRollBack(wide.db) : createQuote(wide.db, rep, { opportunityId: a.opportunity.id }, noPublish).then((q) => q.number),
        );
        const results = await Promise.all(attempts);
        expect(results[ROLLBACK_AT]).toBe('forced rollback after numbering');
        const created = results.filter((_, i) => i !== ROLLBACK_AT);
        expect(new Set(created).size).toBe(COUNT);
        expect(await numbers()).toEqual(expected);
      } finally {
        await wide.close();
      }
    },
  );
});
