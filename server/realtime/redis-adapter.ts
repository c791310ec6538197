import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { rootLogger, type TLogger } from '~/server/observability/logger';
import type { TIo } from './io';

/**
 * Connects socket.io to Redis pub/sub so that several server processes (over
 * one Postgres) deliver each other's board events. Redis outages are survived:
 * each node keeps serving its own clients, the clients reconnect to Redis in
 * the background, and board catch-up fills what crossed nodes meanwhile.
 * Returns a function that closes both connections.
 */
export async function attachRedisAdapter(io: TIo, url: string, log: TLogger = rootLogger()): Promise<() => Promise<void>> {
  const pub = createRedisClient(url);
  const sub = pub.duplicate();
  const warn = redisWarning(log);
  pub.on('error', warn);
  sub.on('error', warn);
  // The adapter fires publishes without awaiting them: one cut off by a Redis outage must not become an
  // unhandled rejection, which would end the process (found by bench/faults: Redis loss).
  const publish = pub.publish.bind(pub);
  Object.assign(pub, {
    publish: ((...args: Parameters<typeof publish>) => {
      const sent = publish(...args);
      sent.catch(warn);
      return sent;
    }) as typeof pub.publish,
  });
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { requestsTimeout: 2000 }));
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}

/** A Redis client that reconnects in the background (200 ms doubling, at most 2 s apart); not connected yet. */
export function createRedisClient(url: string) {
  return createClient({ url, socket: { reconnectStrategy: (retries: number) => Math.min(200 * 2 ** retries, 2000), connectTimeout: 2000 } });
}
export type TRedisClient = ReturnType<typeof createRedisClient>;

/** A connected client for shared counters (sign-in throttling), with the same rate-limited warnings. */
export async function connectRedis(url: string, log: TLogger = rootLogger()): Promise<TRedisClient> {
  const client = createRedisClient(url);
  client.on('error', redisWarning(log));
  await client.connect();
  return client;
}

/** Logs a Redis connection error at most once per 10 s (a client retrying every 2 s would flood the log). */
function redisWarning(log: TLogger) {
  let lastWarning = 0;
  return (error: Error) => {
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    log.warn({ err: error }, 'redis connection error (warnings are rate limited to one per 10 s)');
  };
}
