import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { TLogger } from './logger';

/** Header carrying the request id, in both directions. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's id is kept when it is a short token (no spaces, quotes or control characters). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The incoming `x-request-id` when sane, else a fresh UUID. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

const logs = new WeakMap<http.IncomingMessage, TLogger>();

/**
 * Gives the request its id (echoed in the response header) and a child logger
 * carrying it as `reqId`; logs the completed request at debug level (never
 * info: moves over HTTP are on the latency-critical path).
 */
export function startRequestLog(logger: TLogger, req: http.IncomingMessage, res: http.ServerResponse): TLogger {
  const reqId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
  res.setHeader(REQUEST_ID_HEADER, reqId);
  const log = logger.child({ reqId });
  logs.set(req, log);
  if (log.isLevelEnabled('debug')) {
    const started = performance.now();
    res.once('close', () => {
      log.debug({ method: req.method, path: (req.url ?? '/').split('?')[0], status: res.statusCode, ms: Math.round((performance.now() - started) * 10) / 10 }, 'request');
    });
  }
  return log;
}

/** The request's child logger (from `startRequestLog`), or `fallback` for requests that never got one. */
export const requestLog = (req: http.IncomingMessage | undefined, fallback: TLogger): TLogger => (req && logs.get(req)) || fallback;
