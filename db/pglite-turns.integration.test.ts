import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type TDbHandle } from './client';
import { aheadOfQueue } from './pglite-turns';
import { rowsOf } from './rows';

/** The longest gap between ticks of a 5 ms interval while `work` runs, and how long it ran (ms). */
async function loopLagDuring(work: () => Promise<unknown>) {
  let last = performance.now();
  let maxLag = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - 5);
    last = now;
  }, 5);
  const started = performance.now();
  await work();
  const ended = performance.now();
  clearInterval(timer);
  // The gap still open at the end counts too (without turns the interval never fired at all).
  return { maxLag: Math.max(maxLag, ended - last - 5), ms: ended - started };
}

/** `chains` requests in flight, each running `statements` queries one after another (as concurrent moves do). */
const stream = (handle: TDbHandle, chains: number, statements: number) =>
  Promise.all(
    Array.from({ length: chains }, async (_, chain) => {
      for (let i = 0; i < statements; i++) {
        const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql`select sum(g)::int as n from generate_series(1, ${1000 + chain}) g`));
        expect(row!.n).toBe(((1000 + chain) * (1001 + chain)) / 2);
      }
    }),
  );

// The embedded database only: PGlite runs on the event loop's thread, Postgres never blocks it.
describe('PGlite statements take turns with the event loop', () => {
  let handle: TDbHandle;
  beforeAll(async () => {
    handle = await openDb({ driver: 'pglite' });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('keeps timers and sockets served while many requests stream statements', async () => {
    const { maxLag, ms } = await loopLagDuring(() => stream(handle, 20, 40));
    // Without turns the whole stream ran as one chain of microtasks: the interval waited for all of it.
    expect(ms).toBeGreaterThan(200);
    expect(maxLag).toBeLessThan(Math.max(100, ms / 5));
  });

  it('runs statements inside aheadOfQueue and transactions as before', async () => {
    const streaming = stream(handle, 10, 20);
    const [ahead] = rowsOf<{ n: number }>(await aheadOfQueue(() => handle.db.execute(sql`select 41 + 1 as n`)));
    expect(ahead!.n).toBe(42);
    const inTx = await handle.db.transaction(async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select 7 as n`))[0]!.n);
    expect(inTx).toBe(7);
    await streaming;
  });
});
