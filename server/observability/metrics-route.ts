import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { TMetrics } from './metrics';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who may scrape: a direct loopback client (no X-Forwarded-For: a proxy on
 * the same host would make everyone look local), or anyone presenting
 * `Authorization: Bearer <METRICS_TOKEN>` when the token is configured.
 */
export function mayScrape(req: http.IncomingMessage, token: string | undefined): boolean {
  const auth = req.headers.authorization;
  if (token && auth?.startsWith('Bearer ') && sameToken(auth.slice('Bearer '.length), token)) return true;
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && req.headers['x-forwarded-for'] === undefined;
}

/** `GET /metrics`: Prometheus exposition text, or 401 for strangers. */
export async function handleMetrics(req: http.IncomingMessage, res: http.ServerResponse, metrics: TMetrics, token: string | undefined) {
  if (!mayScrape(req, token)) {
    res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
    return res.end(JSON.stringify({ error: 'Metrics are open to loopback, or with Authorization: Bearer <METRICS_TOKEN>.' }));
  }
  const body = await metrics.render();
  res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
  res.end(body);
}
