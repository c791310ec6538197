import { fromNodeHeaders } from 'better-auth/node';
import type { Db } from '~/db/client';
import type { TAccessChange } from '~/server/auth/access-events';
import type { TAuth } from '~/server/auth/auth';
import type { TAuthCache } from '~/server/auth/auth-cache';
import { cachedMembership } from '~/server/auth/cached-lookups';
import type { TIo, TIoSocket } from './io';
import { userRoom } from './rooms';

/** How often this node's sockets have their sessions checked again (an expired session ends its sockets). */
export const SOCKET_SESSION_RECHECK_MS = 60_000;

type TDeps = { db: Db; auth: TAuth; authCache: TAuthCache };

/**
 * Keeps this node's socket.io sockets in step with the access they were
 * opened with, as the tRPC WebSocket does for its calls:
 * - a role change re-reads the member's role for their sockets here (a rep
 *   made viewer can no longer mark cards as being moved), or ends them if the
 *   membership is gone; every node does this for its own sockets, since the
 *   change is relayed to all of them (revoke-access.ts);
 * - every `recheckMs` each session with sockets here is read again, and a
 *   session that expired or was revoked ends its sockets.
 * Returns `apply` (call it on every access change) and `stop`.
 */
export function keepSocketAccess(io: TIo, deps: TDeps, opts: { recheckMs?: number } = {}) {
  const localSockets = async (room?: string) => (room ? io.local.in(room) : io.local).fetchSockets() as unknown as Promise<TIoSocket[]>;

  async function apply(change: TAccessChange) {
    if (change.kind !== 'role' || !change.organizationId) return;
    for (const socket of await localSockets(userRoom(change.organizationId, change.userId))) {
      const membership = await cachedMembership(deps.authCache, deps.db, socket.data.userId, socket.data.organizationId);
      if (membership) socket.data.role = membership.role;
      else socket.disconnect(true);
    }
  }

  let checking = false;
  async function recheckSessions() {
    if (checking) return;
    checking = true;
    try {
      await recheckEach();
    } finally {
      checking = false;
    }
  }

  async function recheckEach() {
    const bySession = new Map<string, TIoSocket[]>();
    for (const socket of await localSockets()) bySession.set(socket.data.sessionId, [...(bySession.get(socket.data.sessionId) ?? []), socket]);
    for (const sockets of bySession.values()) {
      // Not through the auth cache: an expiry must be seen, not a session cached before it.
      // disableRefresh: a recheck is not a use of the session; it must not keep an idle tab's session alive.
      const session = await deps.auth.api.getSession({ headers: fromNodeHeaders(sockets[0]!.handshake.headers), query: { disableRefresh: true } }).catch(() => undefined);
      // undefined: the database did not answer; the sockets stay until the next check.
      if (session === null) for (const socket of sockets) socket.disconnect(true);
    }
  }

  const timer = setInterval(() => void recheckSessions().catch(() => {}), opts.recheckMs ?? SOCKET_SESSION_RECHECK_MS);
  timer.unref();
  return { apply: (change: TAccessChange) => void apply(change).catch(() => {}), recheckSessions, stop: () => clearInterval(timer) };
}
