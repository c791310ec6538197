import type { PGlite } from '@electric-sql/pglite';

/** Tables every board move writes (server/services/board/move-statement.ts): vacuumed often, analyzed first. */
export const HOT_TABLES = ['opportunities', 'board_sequences', 'opportunity_events', 'notifications'] as const;

export type TPgliteUpkeepOptions = {
  /** The tables vacuumed often (default HOT_TABLES). */
  hotTables?: readonly string[];
  /** How often the hot tables are vacuumed (ms). */
  hotEveryMs: number;
  /** How often the whole database is vacuumed (ms). */
  fullEveryMs: number;
  /** How often the next table in turn is analyzed (ms). */
  analyzeEveryMs: number;
  /** A failed pass (e.g. the database closing under it) is reported here; the next pass tries again. */
  onError: (error: unknown, what: string) => void;
};

export const DEFAULT_PGLITE_UPKEEP: Omit<TPgliteUpkeepOptions, 'onError'> = { hotEveryMs: 5_000, fullEveryMs: 10 * 60_000, analyzeEveryMs: 30_000 };

/**
 * Rows ANALYZE samples are 300 × this: 3,000 instead of 30,000. With the
 * 8,800 deals of the sample data set, `analyze opportunities` took 22 ms
 * instead of 60 ms (a whole-database ANALYZE, 130–180 ms): the embedded
 * database serves nothing else meanwhile.
 */
const STATISTICS_TARGET = 10;

/**
 * Stands in for autovacuum on PGlite, which runs Postgres in single-user mode:
 * no autovacuum launcher, and its table statistics are never flushed, so
 * `pg_stat_user_tables` cannot say which table needs it either. Left alone,
 * every update leaves its old row version and index entries behind for good:
 * the move statement went from 0.57 ms to 0.65–1.0 ms within a few thousand
 * moves and kept drifting, and the planner never got statistics.
 *
 * So, on a clock: VACUUM of the hot tables every `hotEveryMs` (1–3 ms: only
 * pages changed since the last pass are visited), VACUUM of the whole
 * database every `fullEveryMs` (12–17 ms with the sample data set imported),
 * and ANALYZE of one table every `analyzeEveryMs`, in turn, hot tables first
 * (22 ms at most there). Passes go through PGlite's one connection like any
 * statement, never overlapping each other (a pass due while another runs is
 * skipped). Returns `stop`, which waits for a pass in progress.
 */
export function startPgliteUpkeep(pglite: PGlite, options: TPgliteUpkeepOptions) {
  const hotTables = options.hotTables ?? HOT_TABLES;
  let running: Promise<void> | undefined;
  let stopped = false;
  let analyzeOrder: string[] | undefined;
  let nextToAnalyze = 0;

  const pass = (what: string, work: () => Promise<unknown>) => () => {
    if (stopped || running || pglite.closed) return;
    running = work()
      .then(() => undefined)
      .catch((error: unknown) => options.onError(error, what))
      .finally(() => (running = undefined));
  };
  const analyzeNext = async () => {
    if (!analyzeOrder) {
      const { rows } = await pglite.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`);
      analyzeOrder = [...hotTables.filter((t) => rows.some((r) => r.name === t)), ...rows.map((r) => r.name).filter((t) => !hotTables.includes(t))];
    }
    const table = analyzeOrder[nextToAnalyze++ % analyzeOrder.length];
    if (!table) return;
    // In a transaction of its own, so `set local` ends with it, and a failure rolls it back.
    await pglite.transaction(async (tx) => {
      await tx.exec(`set local default_statistics_target = ${STATISTICS_TARGET}`);
      await tx.exec(`analyze "${table.replaceAll('"', '""')}"`);
    });
  };
  const timers = [
    setInterval(pass('hot tables', () => pglite.exec(`vacuum ${hotTables.join(', ')}`)), options.hotEveryMs),
    setInterval(pass('database', () => pglite.exec('vacuum')), options.fullEveryMs),
    setInterval(pass('analyze', analyzeNext), options.analyzeEveryMs),
  ];
  for (const timer of timers) timer.unref();
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await running;
    },
  };
}
