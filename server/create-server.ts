import http from 'node:http';
import type { Duplex } from 'node:stream';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { TDbHandle } from '~/db/client';
import { aheadOfQueue } from '~/db/pglite-turns';
import { DEFAULT_PGLITE_UPKEEP, startPgliteUpkeep } from '~/db/pglite-upkeep';
import type { TEnv } from '~/env';
import type { TAccessChange } from './auth/access-events';
import { createAuth } from './auth/auth';
import { createAuthCache } from './auth/auth-cache';
import { resolveSessionSecret } from './auth/session-secret';
import { createAuthRoutes } from './http/auth-routes';
import { handleApiRoute } from './http/api-routes';
import { handleHealthz, handleReadyz } from './http/health';
import { guardPage } from './http/page-guard';
import { isForeignOrigin, setSecurityHeaders } from './http/security-headers';
import { createTrpcWs, TRPC_WS_PATH } from './http/trpc-ws';
import { createIo } from './realtime/io';
import { createRateLimiters, defaultFloodLimits, type TFloodLimits } from './security/rate-limit';
import { allowTrpcHttpRequest } from './security/trpc-http-flood-guard';
import { createLogger, type TLogger } from './observability/logger';
import { createMetrics } from './observability/metrics';
import { handleMetrics } from './observability/metrics-route';
import { requestLog, startRequestLog } from './observability/request-log';
import { scheduleOverdueDetection } from './services/invoice/schedule-overdue-detection';
import { registerForecastScheduler } from './services/forecast/forecast-schedulers';
import { scheduleForecast } from './services/forecast/schedule-forecast';
import { attachRedisAdapter } from './realtime/redis-adapter';
import { closeRedisClient, connectRedis } from './realtime/redis-client';
import { wireAccessRevocation } from './realtime/revoke-access';
import { orgRoom, userRoom } from './realtime/rooms';
import { keepSocketAccess } from './realtime/socket-access';
import { createContext, type TPublish } from './trpc/context';
import { appRouter } from './trpc/root';

/** Largest accepted tRPC request body (bytes). */
export const MAX_TRPC_BODY_BYTES = 1024 * 1024;

/** Procedures a reconnecting tab calls to catch up (alone or batched together): their reads go before queued moves. */
const CATCH_UP_PATH = /^\/api\/trpc\/(board\.catchUp|board\.get)(,(board\.catchUp|board\.get))*$/;

/** Methods that never change state; every other method must come from one of our origins. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The part of Next the server needs; absent in API-only integration tests. */
export type TNextHandlers = {
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  upgrade?: (req: http.IncomingMessage, socket: Duplex, head: Buffer) => Promise<void>;
  close?: () => Promise<void>;
};

export type TDealflowServer = Awaited<ReturnType<typeof createDealflowServer>>;

/**
 * One http.Server hosting tRPC (/api/trpc), better-auth (/api/auth),
 * socket.io (/socket.io), health checks and Next pages. `close()` shuts it
 * down gracefully: stop accepting, disconnect sockets, let in-flight requests
 * finish (up to `graceMs`), close Next and the database.
 */
export async function createDealflowServer(opts: { env: TEnv; handle: TDbHandle; next?: TNextHandlers; graceMs?: number; logger?: TLogger; limits?: Partial<TFloodLimits>; socketSessionRecheckMs?: number; forecastWarmUp?: boolean }) {
  const { env, handle } = opts;
  const logger = opts.logger ?? createLogger({ level: env.LOG_LEVEL });
  const metrics = createMetrics({ io: () => io, handle });
  const allowedOrigins = [env.BASE_URL, `http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  const auth = createAuth({ db: handle.db, secret: resolveSessionSecret(env), baseUrl: env.BASE_URL, trustedOrigins: allowedOrigins });
  // With several nodes (Redis), sign-in attempts are counted across all of them.
  const limiterRedis = env.REDIS_URL ? await connectRedis(env.REDIS_URL, logger) : null;
  const limiters = createRateLimiters({ ...defaultFloodLimits, ...opts.limits }, { redis: limiterRedis ?? undefined });
  const authCache = createAuthCache();
  const authRoutes = createAuthRoutes(auth, { trustProxy: env.TRUST_PROXY, limiters });
  const headerOptions = { dev: env.NODE_ENV === 'development', https: env.BASE_URL.startsWith('https://') };
  let shuttingDown = false;
  let inFlight = 0;
  const publish: TPublish = (organizationId, event, payload, toUserIds) => {
    const started = performance.now();
    io.to(toUserIds ? toUserIds.map((userId) => userRoom(organizationId, userId)) : orgRoom(organizationId)).emit(event, payload);
    metrics.observeBroadcast(event, (performance.now() - started) / 1000);
    forecast.notify(organizationId, event);
  };

  const observeHttp = metrics.procedureObserver('http');
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/api/trpc/',
    maxBodySize: MAX_TRPC_BODY_BYTES,
    createContext: ({ req }) => createContext({ db: handle.db, auth, publish, observeProcedure: observeHttp }, req.headers, authCache),
    onError: ({ error, path, req }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') requestLog(req, logger).error({ err: error.cause ?? error, path }, 'trpc internal error');
    },
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse) {
    const path = (req.url ?? '/').split('?')[0]!;
    setSecurityHeaders(res, headerOptions, path);
    if (path === '/healthz') return handleHealthz(req, res);
    if (path === '/readyz') return handleReadyz(req, res, handle, shuttingDown);
    if (path === '/metrics') return handleMetrics(req, res, metrics, env.METRICS_TOKEN);
    // CSRF: no state-changing API call from a foreign page (tRPC, better-auth including sign-in, uploads).
    if (path.startsWith('/api/') && !SAFE_METHODS.has(req.method ?? 'GET') && isForeignOrigin(req.headers.origin, allowedOrigins)) {
      res.writeHead(403, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: { message: 'Cross-origin request refused.' } }));
    }
    if (path.startsWith('/api/trpc/')) {
      if (!(await allowTrpcHttpRequest(req, res, { limiters, trustProxy: env.TRUST_PROXY, maxBodyBytes: MAX_TRPC_BODY_BYTES }))) return;
      return CATCH_UP_PATH.test(path) ? aheadOfQueue(() => trpc(req, res)) : trpc(req, res);
    }
    if (path.startsWith('/api/auth/')) {
      // Sign-in, sign-out and switching organization change the session behind this cookie.
      authCache.forgetCookie(req.headers.cookie);
      res.once('close', () => authCache.forgetCookie(req.headers.cookie));
      return authRoutes(req, res);
    }
    if (path.startsWith('/api/')) {
      const handled = await handleApiRoute(req, res, path, { db: handle.db, auth, publish, allowedOrigins });
      if (handled) return;
    }
    if (!opts.next) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ error: 'Not found' }));
    }
    if (await guardPage(req, res, auth, { db: handle.db, headers: headerOptions })) return;
    return opts.next.handle(req, res);
  }

  const httpServer = http.createServer((req, res) => {
    inFlight += 1;
    res.once('close', () => (inFlight -= 1));
    const log = startRequestLog(logger, req, res);
    route(req, res).catch((error: unknown) => {
      log.error({ err: error, method: req.method, url: req.url }, 'unhandled request error');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Internal error' }));
    });
  });
  // Must come after the request listener: engine.io wraps the listeners present at attach time.
  const io = createIo(httpServer, { db: handle.db, auth, authCache, allowedOrigins, limiters, logger });
  const closeRedis = env.REDIS_URL ? await attachRedisAdapter(io, env.REDIS_URL, logger) : async () => {};
  const socketAccess = keepSocketAccess(io, { db: handle.db, auth, authCache }, { recheckMs: opts.socketSessionRecheckMs });
  const forecast = scheduleForecast(handle, publish, { intervalMs: env.FORECAST_INTERVAL_MS, firstDelayMs: env.NODE_ENV === 'test' ? undefined : 20_000, warmUp: opts.forecastWarmUp ?? env.NODE_ENV !== 'test', onRunFinished: metrics.observeForecastRun, logger });
  registerForecastScheduler(handle.db, forecast);
  const upkeep = handle.pglite ? startPgliteUpkeep(handle.pglite, { ...DEFAULT_PGLITE_UPKEEP, onError: (err, what) => logger.warn({ err, what }, 'pglite vacuum failed') }) : undefined;
  const stopOverdueDetection = scheduleOverdueDetection(handle.db, publish, { firstDelayMs: env.NODE_ENV === 'test' ? undefined : 5_000 });
  const trpcWs = createTrpcWs({ db: handle.db, auth, authCache, publish, allowedOrigins, limiters, observeProcedure: metrics.procedureObserver('ws'), logger });
  const applyAccessChange = (change: TAccessChange) => {
    authCache.apply(change);
    trpcWs.revoke(change);
    socketAccess.apply(change);
  };
  const stopAccessRevocation = wireAccessRevocation(io, applyAccessChange, { multiNode: Boolean(env.REDIS_URL) });
  // socket.io answers its own upgrades (/socket.io); the rest are tRPC's or Next's (HMR in development).
  httpServer.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === TRPC_WS_PATH) {
      trpcWs.upgrade(req, socket, head).catch(() => socket.destroy());
    } else if (!path?.startsWith('/socket.io') && opts.next?.upgrade) {
      void opts.next.upgrade(req, socket, head);
    }
  });

  async function close() {
    if (shuttingDown) return;
    shuttingDown = true;
    stopAccessRevocation();
    socketAccess.stop();
    const closed = new Promise<void>((resolve) => io.close(() => resolve()));
    await trpcWs.close();
    httpServer.closeIdleConnections();
    const deadline = Date.now() + (opts.graceMs ?? 10_000);
    while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    httpServer.closeAllConnections();
    await closed;
    await stopOverdueDetection();
    await forecast.stop();
    await upkeep?.stop();
    await closeRedis();
    if (limiterRedis) await closeRedisClient(limiterRedis);
    await opts.next?.close?.();
    await handle.close();
  }

  return { httpServer, io, auth, publish, close, metrics, logger, get inFlight() { return inFlight; } };
}
