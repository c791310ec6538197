import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { fromNodeHeaders } from 'better-auth/node';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Db } from '~/db/client';
import type { TAccessChange } from '~/server/auth/access-events';
import type { TAuth } from '~/server/auth/auth';
import type { TAuthCache } from '~/server/auth/auth-cache';
import { cachedMembership, cachedSession } from '~/server/auth/cached-lookups';
import type { TRateLimiters } from '~/server/security/rate-limit';
import { guardTrpcWsMessages } from '~/server/security/trpc-ws-flood-guard';
import { rootLogger, type TLogger } from '~/server/observability/logger';
import { REQUEST_ID_HEADER, requestIdOf } from '~/server/observability/request-log';
import type { TContext, TObserveProcedure, TPublish, TSession } from '~/server/trpc/context';
import { appRouter } from '~/server/trpc/root';
import { isForeignOrigin } from './security-headers';

/** Path of tRPC over WebSocket (the board's moves use it: no per-request HTTP and session cost). */
export const TRPC_WS_PATH = '/api/trpc-ws';
/** Largest accepted message (bytes), as for HTTP. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
/** How long a connection trusts the session it was opened with before checking it again. */
const SESSION_RECHECK_MS = 30_000;
type TDeps = { db: Db; auth: TAuth; authCache: TAuthCache; publish: TPublish; allowedOrigins: string[]; observeProcedure?: TObserveProcedure; limiters: TRateLimiters; logger?: TLogger };

/**
 * tRPC over WebSocket on TRPC_WS_PATH, sharing the HTTP server's port. The
 * upgrade is refused unless it comes from our own origin with a valid session
 * cookie; the connection's context then re-checks the session every
 * SESSION_RECHECK_MS (sign-out and revocation take effect). The upgrade's
 * session and each call's membership come from the node's auth cache, as over
 * HTTP (a role read is reused for its TTL; access changes drop it at once);
 * role rules and organization scoping apply per call exactly as over HTTP.
 */
export function createTrpcWs(deps: TDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const sessions = new WeakMap<http.IncomingMessage, TSession>();
  /** Each connection's logger: its id (the upgrade's x-request-id, or a fresh one) and user, on every line it logs. */
  const logs = new WeakMap<http.IncomingMessage, TLogger>();
  const baseLog = deps.logger ?? rootLogger();
  /** Open connections by user id, so an access change reaches them at once (see revoke). */
  const live = new Map<string, Set<TLiveConnection>>();
  // Registered before tRPC's own listener: flood limits apply before a message is parsed.
  wss.on('connection', (ws, req: http.IncomingMessage) => guardTrpcWsMessages(ws, sessions.get(req)?.user.id ?? 'anonymous', deps.limiters));

  const handler = applyWSSHandler({
    wss,
    router: appRouter,
    keepAlive: { enabled: true, pingMs: 30_000, pongWaitMs: 5_000 },
    createContext: ({ req, res }): TContext => {
      const headers = fromNodeHeaders(req.headers);
      let session: TSession | null = sessions.get(req) ?? null;
      let checkedAt = Date.now();
      if (session) track(live, res, session);
      return {
        db: deps.db,
        auth: deps.auth,
        publish: deps.publish,
        observeProcedure: deps.observeProcedure,
        session,
        revalidateSession: async () => {
          if (Date.now() - checkedAt > SESSION_RECHECK_MS) {
            session = await deps.auth.api.getSession({ headers });
            checkedAt = Date.now();
          }
          return session;
        },
        findMembership: (userId, organizationId) => cachedMembership(deps.authCache, deps.db, userId, organizationId),
      };
    },
    onError: ({ error, path, req }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') (logs.get(req) ?? baseLog).error({ err: error.cause ?? error, path, transport: 'ws' }, 'trpc internal error');
    },
  });

  /** Handles an upgrade request for TRPC_WS_PATH (refusing strangers); other paths are not ours. */
  async function upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer) {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (isForeignOrigin(req.headers.origin, deps.allowedOrigins)) return refuse('403 Forbidden');
    const session = await cachedSession(deps.authCache, deps.auth, req.headers).catch(() => null);
    if (!session) return refuse('401 Unauthorized');
    sessions.set(req, session);
    logs.set(req, baseLog.child({ reqId: requestIdOf(req.headers[REQUEST_ID_HEADER]), userId: session.user.id }));
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  }

  /**
   * Applies an access change to this node's connections of that user: a
   * removal from the connection's organization or the end of its session
   * closes it (the client reconnects and is refused or sees FORBIDDEN). A
   * role change needs nothing here: the auth cache dropped the membership
   * (call its `apply` too), so the next call reads the new role.
   */
  function revoke(change: TAccessChange) {
    if (change.kind === 'role') return;
    for (const connection of live.get(change.userId) ?? []) {
      if (change.kind === 'removed' ? connection.organizationId === change.organizationId : connection.sessionId === change.sessionId) {
        connection.ws.close(4403, 'Access changed');
      }
    }
  }

  async function close() {
    handler.broadcastReconnectNotification();
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }

  return { upgrade, close, revoke, wss };
}

type TLiveConnection = { ws: WebSocket; userId: string; sessionId: string; organizationId: string | null };

/** Registers an open connection under its user until it closes (cost: once per connection, nothing per message). */
function track(live: Map<string, Set<TLiveConnection>>, ws: WebSocket, session: TSession) {
  const connection = { ws, userId: session.user.id, sessionId: session.session.id, organizationId: session.session.activeOrganizationId ?? null };
  let set = live.get(connection.userId);
  if (!set) live.set(connection.userId, (set = new Set()));
  set.add(connection);
  ws.once('close', () => {
    set.delete(connection);
    if (set.size === 0 && live.get(connection.userId) === set) live.delete(connection.userId);
  });
}
