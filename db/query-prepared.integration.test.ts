import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '~/db/testing/test-db';
import { queryPrepared } from './query-prepared';

/** The hot-path runner: same answers as a plain query, and values can never become SQL. */
describe('queryPrepared', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db?.drop());

  it('returns rows and reuses the prepared statement with other values', async () => {
    const run = (n: number, s: string) => queryPrepared<{ n: number; s: string }>(db.db, sql`select ${n}::int + 1 as n, ${s}::text as s`);
    expect(await run(1, 'a')).toEqual([{ n: 2, s: 'a' }]);
    expect(await run(41, 'b')).toEqual([{ n: 42, s: 'b' }]);
  });

  it('prepares a statement once when its first calls come at the same time (a restarted server)', async () => {
    const run = (n: number) => queryPrepared<{ n: number }>(db.db, sql`select ${n}::int * 2 as concurrent_first_calls`);
    expect(await Promise.all([1, 2, 3, 4].map(run))).toEqual([[{ concurrent_first_calls: 2 }], [{ concurrent_first_calls: 4 }], [{ concurrent_first_calls: 6 }], [{ concurrent_first_calls: 8 }]]);
  });

  it('keeps hostile text as text', async () => {
    const hostile = ["'; drop table opportunities; --", "O'Brien \\' \\", 'multi\nline', '$1 $$ $x$'];
    for (const value of hostile) {
      expect(await queryPrepared<{ s: string }>(db.db, sql`select ${value}::text as s`)).toEqual([{ s: value }]);
    }
    expect(await queryPrepared<{ n: number }>(db.db, sql`select count(*)::int as n from opportunities`)).toHaveLength(1);
  });

  it('refuses values it cannot bind safely', async () => {
    if (db.driver !== 'pglite') return; // postgres.js binds parameters itself
    await expect(queryPrepared(db.db, sql`select ${'a\u0000b'}::text`)).rejects.toThrow(/NUL/);
    await expect(queryPrepared(db.db, sql`select ${Number.NaN}::float8`)).rejects.toThrow(/NaN/);
  });
});
