import type { IncomingHttpHeaders } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import type { Db } from '~/db/client';
import type { TRole } from '~/domain/roles';
import type { TAuth } from '~/server/auth/auth';
import type { TAuthCache } from '~/server/auth/auth-cache';
import { cachedMembership, cachedSession } from '~/server/auth/cached-lookups';

export type TSession = NonNullable<Awaited<ReturnType<TAuth['api']['getSession']>>>;

/** What every procedure receives. `session` is null for anonymous requests. */
export type TContext = {
  db: Db;
  auth: TAuth;
  session: TSession | null;
  /** Publishes realtime events after a commit; services never import socket.io. */
  publish: TPublish;
  /**
   * Long-lived connections (tRPC over WebSocket) re-check their session
   * through this before each procedure; HTTP requests resolve it per request.
   */
  revalidateSession?: () => Promise<TSession | null>;
  /** Memberships through the node's auth cache (auth-cache.ts), over HTTP and WebSocket alike. */
  findMembership?: TFindMembership;
  /** Records each mutation's duration (Prometheus); each transport sets its own, in-process callers none. */
  observeProcedure?: TObserveProcedure;
};

export type TObserveProcedure = (sample: { path: string; seconds: number; ok: boolean }) => void;

export type TFindMembership = (userId: string, organizationId: string) => Promise<{ memberId: string; role: TRole } | null>;

/**
 * Sends a realtime event to one organization's room or, with `toUserIds`,
 * only to those members' private rooms (notifications).
 */
export type TPublish = (organizationId: string, event: string, payload: unknown, toUserIds?: readonly string[]) => void;

export type TContextDeps = Omit<TContext, 'session' | 'revalidateSession' | 'findMembership'>;

/**
 * Builds the tRPC context from a Node request's headers (session cookie);
 * with `cache`, the session and membership come from it while fresh.
 */
export async function createContext(deps: TContextDeps, headers: IncomingHttpHeaders, cache?: TAuthCache): Promise<TContext> {
  if (!cache) return { ...deps, session: await deps.auth.api.getSession({ headers: fromNodeHeaders(headers) }) };
  return {
    ...deps,
    session: await cachedSession(cache, deps.auth, headers),
    findMembership: (userId, organizationId) => cachedMembership(cache, deps.db, userId, organizationId),
  };
}
