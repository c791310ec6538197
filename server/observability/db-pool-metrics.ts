import { Gauge, type Registry } from 'prom-client';
import type { TDbHandle } from '~/db/client';

/** A scrape must not hang on a sick database. */
const STATS_TIMEOUT_MS = 1000;

/**
 * Database connection metrics, as far as each driver lets us see:
 * - postgres.js keeps its pool queues private, so the process's own pool is
 *   described by its configured maximum, and live counts come from the
 *   server's pg_stat_activity for this database (every client of the
 *   database, all nodes included, by state);
 * - PGlite is one in-process connection; its query queue is private too, so
 *   no queue depth is reported.
 */
export function registerDbPoolMetrics(registry: Registry, handle: TDbHandle) {
  const registers = [registry];
  const max = handle.driver === 'postgres' ? Number(handle.sql?.options.max ?? 0) : 1;
  new Gauge({
    name: 'dealflow_db_pool_max_connections',
    help: 'Connections this process may open to the database (postgres.js pool size; PGlite: 1).',
    labelNames: ['driver'] as const,
    registers,
  }).set({ driver: handle.driver }, max);
  const sql = handle.sql;
  if (!sql) return;
  new Gauge({
    name: 'dealflow_db_server_connections',
    help: 'Connections to this database from all clients, by pg_stat_activity state (idle, active, idle in transaction…); absent when the query fails.',
    labelNames: ['state'] as const,
    registers,
    async collect() {
      this.reset();
      const query = sql<{ state: string | null; count: number }[]>`
        select coalesce(state, 'unknown') as state, count(*)::int as count
        from pg_stat_activity where datname = current_database() group by 1`;
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), STATS_TIMEOUT_MS).unref());
      try {
        for (const row of await Promise.race([query, timeout])) this.set({ state: row.state ?? 'unknown' }, row.count);
      } catch {
        // database unreachable: /readyz says so; the series is left empty
      }
    },
  });
}
