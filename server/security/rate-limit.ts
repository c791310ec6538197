import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { TRedisClient } from '~/server/realtime/redis-client';

/**
 * Flood limits, in events per second unless named otherwise. They are far
 * above real use (a person drags a few cards a second; bench:board drives
 * 400 moves/s from 20 connections of one user, 20/s each, and up to ~700
 * back-to-back moves/s on one connection) and below a flooding client
 * (1,000 events/s). The README's "Limits" section explains
 * the numbers.
 */
export type TFloodLimits = {
  /** socket.io events (presence, drag marks) per socket. */
  socketEvents: number;
  /** socket.io events per user, all their sockets together. */
  socketEventsPerUser: number;
  /** tRPC WebSocket messages (calls) per connection. */
  trpcWsMessages: number;
  /** tRPC WebSocket calls per user, all their connections together. */
  trpcWsMessagesPerUser: number;
  /** tRPC HTTP requests per session (or per address without one). */
  trpcHttpRequests: number;
  /** Refused events or messages within 10 s after which a socket or connection is closed. */
  refusedBeforeDisconnect: number;
  /** Failed sign-ins per account (email) within 15 minutes. */
  signInFailuresPerAccount: number;
  /** Failed sign-ins per client address within 15 minutes. */
  signInFailuresPerAddress: number;
};

export const defaultFloodLimits: TFloodLimits = {
  socketEvents: 50,
  socketEventsPerUser: 200,
  trpcWsMessages: 800,
  trpcWsMessagesPerUser: 1500,
  trpcHttpRequests: 300,
  refusedBeforeDisconnect: 1000,
  signInFailuresPerAccount: 10,
  signInFailuresPerAddress: 50,
};

/** The window of refused events that leads to a disconnect (s). */
const REFUSED_WINDOW_S = 10;
/** The window of failed sign-ins (s). */
export const SIGN_IN_WINDOW_S = 15 * 60;

/**
 * One limiter per limit, each counting per key (socket, user, session,
 * address, account), in this process. With `redis` (several nodes) the
 * sign-in limits are counted in Redis, so an attacker spreading guesses over
 * the nodes behind a load balancer gets no more of them; while Redis is
 * unreachable each node counts on its own (the in-memory insurance limiter).
 * Flood limits stay per node: they protect the node's own event loop.
 */
export function createRateLimiters(limits: TFloodLimits, opts: { redis?: TRedisClient } = {}) {
  const signIn = (points: number, keyPrefix: string) => {
    const memory = new RateLimiterMemory({ points, duration: SIGN_IN_WINDOW_S, keyPrefix });
    if (!opts.redis) return memory;
    // rejectIfRedisNotReady: while Redis is away the insurance limiter answers at once (nothing waits for a reconnect).
    return new RateLimiterRedis({ storeClient: opts.redis, useRedisPackage: true, rejectIfRedisNotReady: true, points, duration: SIGN_IN_WINDOW_S, keyPrefix: `dealflow:${keyPrefix}`, insuranceLimiter: memory });
  };
  const perSecond = (points: number, keyPrefix: string) => new RateLimiterMemory({ points, duration: 1, keyPrefix });
  return {
    limits,
    socketEvents: perSecond(limits.socketEvents, 'socket'),
    socketEventsPerUser: perSecond(limits.socketEventsPerUser, 'socket-user'),
    trpcWsMessages: perSecond(limits.trpcWsMessages, 'ws'),
    trpcWsMessagesPerUser: perSecond(limits.trpcWsMessagesPerUser, 'ws-user'),
    trpcHttpRequests: perSecond(limits.trpcHttpRequests, 'http'),
    refused: new RateLimiterMemory({ points: limits.refusedBeforeDisconnect, duration: REFUSED_WINDOW_S, keyPrefix: 'refused' }),
    signInPerAccount: signIn(limits.signInFailuresPerAccount, 'sign-in-account'),
    signInPerAddress: signIn(limits.signInFailuresPerAddress, 'sign-in-address'),
  };
}

export type TRateLimiters = ReturnType<typeof createRateLimiters>;

/**
 * Consumes `points` from `limiter` for `key`: true when allowed, false when
 * over the limit. RateLimiterMemory decides synchronously and settles an
 * already-resolved promise, so this costs one microtask (see bench:fuzz).
 */
export function tryConsume(limiter: RateLimiterMemory, key: string, points = 1): Promise<boolean> {
  return limiter.consume(key, points).then(
    () => true,
    (rejection: unknown) => {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    },
  );
}

/** Consumes from a per-connection and a per-user limiter; the user's points are spent only when the connection's were. */
export async function tryConsumeBoth(first: [RateLimiterMemory, string], second: [RateLimiterMemory, string], points = 1): Promise<boolean> {
  return (await tryConsume(first[0], first[1], points)) && tryConsume(second[0], second[1], points);
}

/**
 * Counts one refused event for `key`; true when the key has been refused
 * `refusedBeforeDisconnect` times within 10 s and should be disconnected.
 */
export async function shouldDisconnect(limiters: TRateLimiters, key: string): Promise<boolean> {
  return !(await tryConsume(limiters.refused, key));
}
