import type { IncomingMessage } from 'node:http';

/** The header better-auth reads the client address from (set by us, never trusted from the client). */
export const CLIENT_IP_HEADER = 'x-dealflow-client-ip';

/**
 * The address a request comes from: the TCP peer, or with `trustProxy` the
 * first X-Forwarded-For entry (the original client as the proxy saw it).
 */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Stamps the request with its client address in CLIENT_IP_HEADER, replacing
 * whatever the client sent under that name, so better-auth's sign-in
 * throttling counts per address instead of one bucket shared by everyone.
 */
export function stampClientIp(req: IncomingMessage, trustProxy: boolean): void {
  req.headers[CLIENT_IP_HEADER] = clientIp(req, trustProxy);
}
