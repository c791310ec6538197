import type { PGlite } from '@electric-sql/pglite';

/** Tables every board move writes (server/services/board/move-statement.ts): vacuumed often. */
export const HOT_TABLES = ['opportunities', 'board_sequences', 'opportunity_events', 'notifications'] as const;

export type TPgliteUpkeepOptions = {
  /** The tables vacuumed often (default HOT_TABLES). */
  hotTables?: readonly string[];
  /** How often the hot tables are vacuumed (ms). */
  hotEveryMs: number;
  /** How often the whole database is vacuumed and analyzed (ms). */
  fullEveryMs: number;
  /** A failed pass (e.g. the database closing under it) is reported here; the next pass tries again. */
  onError: (error: unknown, what: string) => void;
};

export const DEFAULT_PGLITE_UPKEEP: Omit<TPgliteUpkeepOptions, 'onError'> = { hotEveryMs: 5_000, fullEveryMs: 10 * 60_000 };

/**
 * Stands in for autovacuum on PGlite, which runs Postgres in single-user mode:
 * no autovacuum launcher, and its table statistics are never flushed, so
 * `pg_stat_user_tables` cannot say which table needs it either. Left alone,
 * every update leaves its old row version and index entries behind for good:
 * the move statement went from 0.57 ms to 0.65–1.0 ms within a few thousand
 * moves and kept drifting, and the planner never got statistics.
 *
 * So, like autovacuum's defaults but on a clock: VACUUM of the hot tables
 * every `hotEveryMs` (about 1–3 ms with a few thousand dead rows: only pages
 * changed since the last pass are visited), and VACUUM ANALYZE of the whole
 * database every `fullEveryMs` (tens of ms). Passes go through PGlite's one
 * connection like any statement, between requests' statements, never
 * overlapping each other. Returns `stop`, which waits for a pass in progress.
 */
export function startPgliteUpkeep(pglite: PGlite, options: TPgliteUpkeepOptions) {
  let running: Promise<void> | undefined;
  let stopped = false;
  const pass = (what: string, sql: string) => () => {
    if (stopped || running || pglite.closed) return;
    running = pglite
      .exec(sql)
      .then(() => undefined)
      .catch((error: unknown) => options.onError(error, what))
      .finally(() => (running = undefined));
  };
  const timers = [
    setInterval(pass('hot tables', `vacuum ${(options.hotTables ?? HOT_TABLES).join(', ')}`), options.hotEveryMs),
    setInterval(pass('database', 'vacuum (analyze)'), options.fullEveryMs),
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
