import { getTableName, isTable, type Table } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type TDbHandle } from './client';
import { HOT_TABLES, startPgliteUpkeep } from './pglite-upkeep';
import * as schema from './schema';

// The embedded database only: Postgres has its own autovacuum.
describe('PGlite upkeep (autovacuum stand-in)', () => {
  let handle: TDbHandle;
  beforeAll(async () => {
    handle = await openDb({ driver: 'pglite' });
    for (const table of ['kept', 'unkept']) {
      await handle.pglite!.exec(`
        create table ${table} (id int primary key, probability int not null, title text not null);
        create index on ${table} (probability);
        insert into ${table} select g, 0, repeat('x', 200) from generate_series(1, 50) g;`);
    }
  });
  afterAll(() => handle.close());

  /** 50 cards updated 400 times each through an indexed column (no HOT update, as moves change probability and rank). */
  async function churn(table: string) {
    for (let round = 0; round < 400; round++) {
      await handle.pglite!.query(`update ${table} set probability = $1`, [round % 100]);
      // Between requests the event loop turns, and the upkeep's timer can fire.
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const { rows } = await handle.pglite!.query<{ bytes: number }>(`select pg_total_relation_size('${table}')::int as bytes`);
    return rows[0]!.bytes;
  }

  it('keeps a table that is updated over and over from growing without end', async () => {
    const errors: unknown[] = [];
    const grown = await churn('unkept');
    const upkeep = startPgliteUpkeep(handle.pglite!, { hotTables: ['kept'], hotEveryMs: 5, fullEveryMs: 60_000, analyzeEveryMs: 60_000, onError: (e) => errors.push(e) });
    const bounded = await churn('kept');
    await upkeep.stop();

    // Measured: ~850 KB of table and indexes without vacuum, ~120 KB with it.
    expect(grown).toBeGreaterThan(500_000);
    expect(bounded).toBeLessThan(grown / 4);
    expect(errors).toEqual([]);
  });

  it('runs every pass on its clock, analyzes hot tables first, and nothing after stop', async () => {
    const errors: unknown[] = [];
    const executed: string[] = [];
    const pglite = handle.pglite!;
    const spy = (original: typeof pglite.exec) => ((query: string, options?: Parameters<typeof pglite.exec>[1]) => {
      executed.push(query);
      return original(query, options);
    }) as typeof pglite.exec;
    const exec = pglite.exec.bind(pglite);
    const transaction = pglite.transaction.bind(pglite);
    pglite.exec = spy(exec);
    // ANALYZE runs in a transaction of its own: record the statements of its `tx` too.
    pglite.transaction = ((callback: Parameters<typeof transaction>[0]) =>
      transaction((tx) => callback(Object.assign(Object.create(tx) as typeof tx, { exec: spy(tx.exec.bind(tx)) })))) as typeof transaction;
    const upkeep = startPgliteUpkeep(pglite, { hotTables: ['unkept'], hotEveryMs: 20, fullEveryMs: 50, analyzeEveryMs: 30, onError: (e) => errors.push(e) });
    // Until every kind of pass has run (about 0.4 s when the machine is idle; a full VACUUM takes longer while a CI run loads both cores).
    await expect
      .poll(() => executed.includes('vacuum unkept') && executed.includes('vacuum') && executed.includes('analyze "kept"'), { timeout: 20_000, interval: 50 })
      .toBe(true);
    await upkeep.stop();
    const stoppedAt = executed.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    pglite.exec = exec;
    pglite.transaction = transaction;

    expect(executed).toContain('vacuum unkept');
    expect(executed).toContain('vacuum');
    expect(executed).toContain('set local default_statistics_target = 10');
    const analyzed = executed.filter((q) => q.startsWith('analyze '));
    expect(analyzed[0]).toBe('analyze "unkept"');
    expect(analyzed).toContain('analyze "kept"');
    expect(executed.length).toBe(stoppedAt);
    expect(errors).toEqual([]);
    // The planner has statistics for the analyzed table now (PGlite never gathers them by itself).
    const { rows } = await pglite.query<{ columns: number }>(`select count(*)::int as columns from pg_stats where tablename = 'unkept'`);
    expect(rows[0]!.columns).toBeGreaterThan(0);
  });

  it('names only tables of the schema as hot', () => {
    const tables = new Set((Object.values(schema) as unknown[]).filter((value): value is Table => isTable(value)).map((table) => getTableName(table)));
    for (const name of HOT_TABLES) expect(tables).toContain(name);
  });
});
