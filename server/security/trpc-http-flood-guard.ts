import type http from 'node:http';
import { clientIp } from '~/server/http/client-ip';
import { tryConsume, type TRateLimiters } from './rate-limit';
import { rateLimitedShape } from './trpc-rate-limited';

/** The session cookie's value (better-auth's `<prefix>.session_token`, `__Secure-` in production). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?dealflow\.session_token=([^;]+)/;

/**
 * Rate limits tRPC HTTP requests per session (the session cookie, read
 * without a database lookup) or, without one, per client address. Returns
 * false after answering 429 in tRPC's error format (an array for a batch
 * call, one error per procedure), so the tRPC client shows the message.
 */
export async function allowTrpcHttpRequest(req: http.IncomingMessage, res: http.ServerResponse, limiters: TRateLimiters, trustProxy: boolean): Promise<boolean> {
  const session = SESSION_COOKIE.exec(req.headers.cookie ?? '')?.[1];
  const key = session ? `session:${session}` : `address:${clientIp(req, trustProxy)}`;
  if (await tryConsume(limiters.trpcHttpRequests, key).catch(() => true)) return true;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const paths = decodeURIComponent(url.pathname.replace(/^\/api\/trpc\//, '')).split(',');
  const errors = paths.map((path) => ({ error: rateLimitedShape(path) }));
  res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
  res.end(JSON.stringify(url.searchParams.get('batch') === '1' ? errors : errors[0]));
  req.resume();
  return false;
}
