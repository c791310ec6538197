import type http from 'node:http';
import { clientIp } from '~/server/http/client-ip';
import { tryConsume, type TRateLimiters } from './rate-limit';
import { errorShape, TRPC_RATE_LIMITED_MESSAGE } from './trpc-rate-limited';

/** The session cookie's value (better-auth's `<prefix>.session_token`, `__Secure-` in production). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?dealflow\.session_token=([^;]+)/;

/**
 * Runs before tRPC's HTTP handler. Refuses a declared Content-Length over
 * `maxBodyBytes` with 413 before reading a byte (tRPC itself stops a chunked
 * body at the same size; the connection is then closed rather than read to
 * its end), and rate limits calls per session (the session
 * cookie, read without a database lookup) or, without one, per client
 * address. Returns false after answering in tRPC's error format (an array
 * for a batch call, one error per procedure), so the tRPC client shows the
 * message.
 */
export async function allowTrpcHttpRequest(req: http.IncomingMessage, res: http.ServerResponse, opts: { limiters: TRateLimiters; trustProxy: boolean; maxBodyBytes: number }): Promise<boolean> {
  const { limiters, trustProxy } = opts;
  if (Number(req.headers['content-length'] ?? 0) > opts.maxBodyBytes) {
    const message = `The request is larger than ${Math.round(opts.maxBodyBytes / 1024)} KB: send less data at once.`;
    res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ error: errorShape(message, 'PAYLOAD_TOO_LARGE', 413, undefined) }));
    req.resume();
    return false;
  }
  // tRPC stops a body without a declared length at `maxBodyBytes` and answers 413, but Node would then read the
  // rest of it to keep the connection alive: close it instead, so a client that goes on sending is cut off.
  if (req.headers['transfer-encoding'] !== undefined) res.once('finish', () => req.complete || lingeringClose(req, opts.maxBodyBytes));
  const session = SESSION_COOKIE.exec(req.headers.cookie ?? '')?.[1];
  const key = session ? `session:${session}` : `address:${clientIp(req, trustProxy)}`;
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A batch call costs one point per procedure, so batching cannot multiply a flood.
  const paths = url.pathname.replace(/^\/api\/trpc\//, '').split(',');
  if (await tryConsume(limiters.trpcHttpRequests, key, paths.length).catch(() => true)) return true;
  const errors = paths.slice(0, 100).map((path) => ({ error: errorShape(TRPC_RATE_LIMITED_MESSAGE, 'TOO_MANY_REQUESTS', 429, safeDecode(path)) }));
  res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
  res.end(JSON.stringify(url.searchParams.get('batch') === '1' ? errors : errors[0]));
  req.resume();
  return false;
}

/**
 * Ends a connection whose request body was not read to its end: FIN after
 * the answer, then what the client already had on its way is read and
 * dropped, up to `maxDrainBytes` or 2 s, before the socket is destroyed.
 * Destroying at once would reset the connection while that data arrives,
 * and a reset can wipe the answer before the client reads it.
 */
function lingeringClose(req: http.IncomingMessage, maxDrainBytes: number): void {
  const socket = req.socket;
  const cut = () => socket.destroy();
  const timer = setTimeout(cut, 2000);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > maxDrainBytes) cut();
  });
  req.resume();
  socket.end();
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
