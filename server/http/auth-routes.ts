import type { IncomingMessage, ServerResponse } from 'node:http';
import { toNodeHandler } from 'better-auth/node';
import type { TAuth } from '~/server/auth/auth';
import { stampClientIp } from './client-ip';

/**
 * better-auth's endpoints under /api/auth. Public sign-up is closed: accounts
 * are created by admins or the demo seed, never by strangers. Each request
 * carries its client address for the per-address sign-in throttling.
 */
export function createAuthRoutes(auth: TAuth, opts: { trustProxy: boolean }) {
  const handler = toNodeHandler(auth);
  return (req: IncomingMessage, res: ServerResponse) => {
    stampClientIp(req, opts.trustProxy);
    if (req.url?.startsWith('/api/auth/sign-up')) {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'SIGN_UP_CLOSED', message: 'Ask an administrator of your organization for an account.' }));
      return;
    }
    return handler(req, res);
  };
}
