import { createClient } from 'redis';
import { rootLogger, type TLogger } from '~/server/observability/logger';

/**
 * A Redis client that reconnects in the background (200 ms doubling, at most
 * 2 s apart); not connected yet. `disableOfflineQueue`: commands sent while
 * it is disconnected fail at once instead of waiting for Redis to return.
 */
export function createRedisClient(url: string, opts: { disableOfflineQueue?: boolean } = {}) {
  return createClient({ url, disableOfflineQueue: opts.disableOfflineQueue, socket: { reconnectStrategy: (retries: number) => Math.min(200 * 2 ** retries, 2000), connectTimeout: 2000 } });
}
export type TRedisClient = ReturnType<typeof createRedisClient>;

/**
 * A connected client for shared counters (sign-in throttling): it queues
 * nothing while Redis is away, so a counter read fails at once and the
 * caller falls back to counting in memory rather than hanging a sign-in.
 */
export async function connectRedis(url: string, log: TLogger = rootLogger()): Promise<TRedisClient> {
  const client = createRedisClient(url, { disableOfflineQueue: true });
  client.on('error', redisWarning(log));
  await client.connect();
  return client;
}

/** Logs a Redis connection error at most once per 10 s (a client retrying every 2 s would flood the log). */
export function redisWarning(log: TLogger) {
  let lastWarning = 0;
  return (error: Error) => {
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    log.warn({ err: error }, 'redis connection error (warnings are rate limited to one per 10 s)');
  };
}

/**
 * Closes a client whose callers handle their own failures (the sign-in
 * counters) without waiting on an absent Redis: a connected one finishes its
 * pending commands (at most 1 s), one that is reconnecting is dropped at once
 * (a plain `close` or `quit` would wait for Redis forever).
 */
export async function closeRedisClient(client: TRedisClient): Promise<void> {
  if (!client.isReady) return client.destroy();
  const closed = client.close().catch(() => {});
  const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 1_000).unref());
  if ((await Promise.race([closed, late])) === 'late') client.destroy();
}
