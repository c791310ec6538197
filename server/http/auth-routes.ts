import type { IncomingMessage, ServerResponse } from 'node:http';
import { toNodeHandler } from 'better-auth/node';
import type { TAuth } from '~/server/auth/auth';
import { guardAuthRequest } from '~/server/security/auth-request-guard';
import type { TRateLimiters } from '~/server/security/rate-limit';
import { stampClientIp } from './client-ip';

/**
 * better-auth endpoints we do not offer. Leaving is closed because better-auth
 * runs no hook for it: the member's open sockets would stay in the room. An
 * administrator's removal is announced and closes them at once.
 */
const CLOSED_ENDPOINTS = [
  { prefix: '/api/auth/sign-up', code: 'SIGN_UP_CLOSED', message: 'Ask an administrator of your organization for an account.' },
  { prefix: '/api/auth/organization/leave', code: 'LEAVE_CLOSED', message: 'To leave an organization, ask one of its administrators to remove you.' },
];

/**
 * better-auth's endpoints under /api/auth. Public sign-up is closed: accounts
 * are created by admins or the demo seed, never by strangers. Each request
 * carries its client address for the per-address sign-in throttling; bodies
 * are size-limited and sign-in is also throttled per account (guardAuthRequest).
 */
export function createAuthRoutes(auth: TAuth, opts: { trustProxy: boolean; limiters: TRateLimiters }) {
  const handler = toNodeHandler(auth);
  return async (req: IncomingMessage, res: ServerResponse) => {
    stampClientIp(req, opts.trustProxy);
    // Checked on the path as better-auth's router will see it: it resolves '.', '..' and %2e segments
    // ('/api/auth/./organization/leave' reached the closed endpoint when the raw URL was compared).
    const url = new URL(req.url ?? '/', 'http://localhost');
    req.url = `${url.pathname}${url.search}`;
    const closed = CLOSED_ENDPOINTS.find((c) => url.pathname.startsWith(c.prefix));
    if (closed) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: closed.code, message: closed.message }));
      return;
    }
    if (!(await guardAuthRequest(req, res, opts.limiters, opts.trustProxy))) return;
    return handler(req, res);
  };
}
