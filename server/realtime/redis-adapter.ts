import { createAdapter } from '@socket.io/redis-adapter';
import { rootLogger, type TLogger } from '~/server/observability/logger';
import type { TIo } from './io';
import { createRedisClient, redisWarning } from './redis-client';

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
    // quit, not destroy: destroying would reject the adapter's own queued commands (unhandled). While Redis is away
    // this waits for it to return (known limit: a shutdown during a Redis outage waits too).
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}
