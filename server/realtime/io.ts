import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Db } from '~/db/client';
import { aheadOfQueue } from '~/db/pglite-turns';
import type { TRole } from '~/domain/roles';
import type { TAuth } from '~/server/auth/auth';
import type { TAuthCache } from '~/server/auth/auth-cache';
import { cachedMembership, cachedSession } from '~/server/auth/cached-lookups';
import type { TRateLimiters } from '~/server/security/rate-limit';
import { guardSocketEvents } from '~/server/security/socket-flood-guard';
import { isForeignOrigin } from '~/server/http/security-headers';
import { rootLogger, type TLogger } from '~/server/observability/logger';
import { REQUEST_ID_HEADER, requestIdOf } from '~/server/observability/request-log';
import { registerBoardPresence } from './board-presence';
import { orgRoom, userRoom } from './rooms';

/** What the server knows about a connected socket; set once at handshake. */
export type TSocketData = { userId: string; name: string; organizationId: string; role: TRole; sessionId: string };

export type TIo = Server<Record<string, (...args: any[]) => void>, Record<string, (...args: any[]) => void>, Record<string, never>, TSocketData>;
export type TIoSocket = Parameters<Parameters<TIo['on']>[1]>[0];

/** Largest accepted socket.io frame (bytes); bigger frames close the connection. */
export const MAX_SOCKET_FRAME_BYTES = 64 * 1024;

/**
 * socket.io on the default /socket.io path. Every connection must carry a
 * valid session cookie and a membership in the session's active organization;
 * it then joins that organization's room. Both are read through the node's
 * auth cache (shared with HTTP and the tRPC WebSocket, dropped on any access
 * change), so a tab's connections cost one session read between them. Other
 * upgrade requests (Next's HMR in development) are left alone (`destroyUpgrade: false`).
 */
export function createIo(httpServer: HttpServer, deps: { db: Db; auth: TAuth; authCache: TAuthCache; allowedOrigins: string[]; limiters: TRateLimiters; logger?: TLogger }): TIo {
  const baseLog = deps.logger ?? rootLogger();
  const io: TIo = new Server(httpServer, {
    path: '/socket.io',
    destroyUpgrade: false,
    maxHttpBufferSize: MAX_SOCKET_FRAME_BYTES,
    serveClient: false,
    cors: { origin: deps.allowedOrigins, credentials: true },
    // CORS headers do not bind WebSockets: a foreign page's handshake is refused here (cross-site WebSocket hijacking).
    allowRequest: (req, callback) => callback(null, !isForeignOrigin(req.headers.origin, deps.allowedOrigins)),
  });

  const logs = new WeakMap<TIoSocket, TLogger>();
  // A returning tab's handshake goes before queued moves (embedded PGlite; see aheadOfQueue).
  io.use((socket, next) => aheadOfQueue(async () => {
    // Each connection's lines carry its request id (the handshake's x-request-id, or a fresh one) and socket id.
    const log = baseLog.child({ reqId: requestIdOf(socket.handshake.headers[REQUEST_ID_HEADER]), socketId: socket.id, transport: 'socket.io' });
    try {
      const session = await cachedSession(deps.authCache, deps.auth, socket.handshake.headers);
      const organizationId = session?.session.activeOrganizationId;
      if (!session || !organizationId) {
        log.debug('socket.io handshake refused: no session');
        return next(new Error('unauthorized'));
      }
      const membership = await cachedMembership(deps.authCache, deps.db, session.user.id, organizationId);
      if (!membership) {
        log.debug({ userId: session.user.id, organizationId }, 'socket.io handshake refused: not a member');
        return next(new Error('forbidden'));
      }
      socket.data = { userId: session.user.id, name: session.user.name, organizationId, role: membership.role, sessionId: session.session.id };
      logs.set(socket, log.child({ userId: session.user.id }));
      next();
    } catch (error) {
      log.error({ err: error }, 'socket.io handshake failed');
      next(new Error('unavailable', { cause: error }));
    }
  }));

  io.on('connection', (socket) => {
    void socket.join([orgRoom(socket.data.organizationId), userRoom(socket.data.organizationId, socket.data.userId)]);
    guardSocketEvents(socket, socket.data.userId, deps.limiters);
    registerBoardPresence(io, socket, logs.get(socket) ?? baseLog);
  });

  return io;
}
