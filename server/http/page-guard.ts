import type { IncomingMessage, ServerResponse } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import type { Db } from '~/db/client';
import { safeNext } from '~/domain/navigation/safe-next';
import type { TAuth } from '~/server/auth/auth';
import { embedOriginsOf } from '~/server/services/organization/embed-origins';
import { allowFramingBy, type TSecurityHeaderOptions } from './security-headers';

const PUBLIC_PREFIXES = ['/_next/', '/login', '/favicon', '/robots.txt', '/icon', '/__nextjs'];

/** Boards that have a meeting mode (`?meeting=1`, a wall screen's view); only these may be framed, by the organization's embed origins. */
export const MEETING_MODE_PATHS = ['/boards/stage', '/boards/probability'];

export const isMeetingMode = (url: URL) => MEETING_MODE_PATHS.includes(url.pathname) && url.searchParams.get('meeting') === '1';

export type TPageGuardOptions = { db: Db; headers?: TSecurityHeaderOptions };

/**
 * Page routes need a session: anonymous visitors are sent to /login with a
 * `next` parameter, and signed-in users skip the login page. A meeting-mode
 * board may be framed by the origins its organization allows (every other
 * page keeps frame-ancestors 'none'). Returns true when it answered the request.
 */
export async function guardPage(req: IncomingMessage, res: ServerResponse, auth: TAuth, opts?: TPageGuardOptions): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://local');
  const isLogin = url.pathname === '/login';
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!isLogin && PUBLIC_PREFIXES.some((p) => url.pathname.startsWith(p))) return false;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (isLogin && session) return redirect(res, safeNext(url.searchParams.get('next')));
  if (!isLogin && !session) return redirect(res, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  const organizationId = session?.session.activeOrganizationId;
  if (opts && organizationId && isMeetingMode(url)) allowFramingBy(res, await embedOriginsOf(opts.db, organizationId), opts.headers);
  return false;
}


function redirect(res: ServerResponse, location: string): true {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
  return true;
}
