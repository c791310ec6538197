import type { IncomingHttpHeaders } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import type { Db } from '~/db/client';
import type { TAuth } from './auth';
import type { TAuthCache } from './auth-cache';
import { findMembership } from './find-membership';

/**
 * The session behind a request's cookie through the node's auth cache: what
 * HTTP calls, the tRPC WebSocket upgrade and the socket.io handshake all read,
 * so a tab's connections share one session read.
 */
export function cachedSession(cache: TAuthCache, auth: TAuth, headers: IncomingHttpHeaders) {
  return cache.session(headers.cookie, () => auth.api.getSession({ headers: fromNodeHeaders(headers) }));
}

/** A user's membership (role) in an organization through the node's auth cache. */
export function cachedMembership(cache: TAuthCache, db: Db, userId: string, organizationId: string) {
  return cache.membership(userId, organizationId, () => findMembership(db, userId, organizationId));
}
