import { aheadOfQueue } from '~/db/pglite-turns';
import type { TFindMembership, TSession } from '~/server/trpc/context';
import type { TAccessChange } from './access-events';

type TMembership = Awaited<ReturnType<TFindMembership>>;
type TEntry<T> = { value: T; at: number };

export type TAuthCacheOptions = {
  /** How long a session read for one cookie is reused (ms). */
  sessionTtlMs: number;
  /** How long a membership (role) is reused (ms); the WebSocket connections use the same. */
  membershipTtlMs: number;
  /** Entries kept per map; the oldest go first. */
  maxEntries: number;
};

export const DEFAULT_AUTH_CACHE_OPTIONS: TAuthCacheOptions = { sessionTtlMs: 10_000, membershipTtlMs: 5_000, maxEntries: 10_000 };

/**
 * The sessions and memberships HTTP requests resolve, reused for a few
 * seconds: reading them costs two queries and most of the server's CPU per
 * request (better-auth's cookie check and session lookup), which a busy board
 * or a hostile client would otherwise pay on every call.
 *
 * Nothing outlives a change of access on this node: `apply` drops the session
 * a sign-out ended and the memberships a removal or role change touched (the
 * same events that close WebSocket connections, relayed between nodes), and
 * `forgetCookie` drops a cookie's session whenever it goes through better-auth
 * (sign-in, sign-out, switching organization). A load that started before a
 * drop is not stored. Only hits are kept: an unknown cookie or a missing
 * membership is read again next time, so a new member gets in at once.
 *
 * Concurrent misses for one key share a single read (started in the current
 * epoch): after a restart every tab's socket.io handshake, tRPC WebSocket
 * upgrade and HTTP calls arrive at once, and would each read the same session.
 * That read goes ahead of queued PGlite work (aheadOfQueue): everything the
 * tab does waits on it, and there is one per cookie per TTL.
 */
export function createAuthCache(options: TAuthCacheOptions = DEFAULT_AUTH_CACHE_OPTIONS) {
  const sessions = new Map<string, TEntry<TSession>>();
  const memberships = new Map<string, TEntry<NonNullable<TMembership>>>();
  /** Bumped by every drop; a load that saw another epoch is not stored. */
  let epoch = 0;
  /** Reads in flight by map key; joined only while no drop happened since they started. */
  const reading = new Map<string, { epoch: number; value: Promise<unknown> }>();

  /** `load()`, or the same read already in flight for `key` in this epoch. */
  function readOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
    const current = reading.get(key);
    if (current?.epoch === epoch) return current.value as Promise<T>;
    const value = aheadOfQueue(load);
    const entry = { epoch, value };
    reading.set(key, entry);
    const done = () => {
      if (reading.get(key) === entry) reading.delete(key);
    };
    value.then(done, done);
    return value;
  }

  function keep<T>(map: Map<string, TEntry<T>>, key: string, value: T, loadedInEpoch: number) {
    if (loadedInEpoch !== epoch) return;
    map.delete(key);
    map.set(key, { value, at: Date.now() });
    if (map.size > options.maxEntries) map.delete(map.keys().next().value!);
  }

  function fresh<T>(entry: TEntry<T> | undefined, ttlMs: number): entry is TEntry<T> {
    return entry !== undefined && Date.now() - entry.at < ttlMs;
  }

  return {
    /** The session of `cookie` (the request's whole Cookie header), from `load` unless read recently. */
    async session(cookie: string | undefined, load: () => Promise<TSession | null>): Promise<TSession | null> {
      if (!cookie) return load();
      const hit = sessions.get(cookie);
      if (fresh(hit, options.sessionTtlMs) && hit.value.session.expiresAt.getTime() > Date.now()) return hit.value;
      const loadedInEpoch = epoch;
      const session = await readOnce(`s\u0000${cookie}`, load);
      if (session) keep(sessions, cookie, session, loadedInEpoch);
      else sessions.delete(cookie);
      return session;
    },

    /** The user's membership in the organization, from `load` unless read recently. */
    async membership(userId: string, organizationId: string, load: () => Promise<TMembership>): Promise<TMembership> {
      const key = `${userId}\u0000${organizationId}`;
      const hit = memberships.get(key);
      if (fresh(hit, options.membershipTtlMs)) return hit.value;
      const loadedInEpoch = epoch;
      const membership = await readOnce(`m\u0000${key}`, load);
      if (membership) keep(memberships, key, membership, loadedInEpoch);
      else memberships.delete(key);
      return membership;
    },

    /** Drops what an access change makes stale (call it for local and relayed changes). */
    apply(change: TAccessChange) {
      epoch += 1;
      if (change.kind === 'signed-out') {
        for (const [key, entry] of sessions) if (entry.value.session.id === change.sessionId) sessions.delete(key);
        return;
      }
      const prefix = `${change.userId}\u0000`;
      for (const key of memberships.keys()) {
        if (key === `${prefix}${change.organizationId ?? ''}` || (!change.organizationId && key.startsWith(prefix))) memberships.delete(key);
      }
    },

    /** Drops the session read for this Cookie header (better-auth may be changing it). */
    forgetCookie(cookie: string | undefined) {
      epoch += 1;
      if (cookie) sessions.delete(cookie);
    },
  };
}

export type TAuthCache = ReturnType<typeof createAuthCache>;
