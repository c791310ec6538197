import type { IncomingMessage, ServerResponse } from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import type { TAuth } from '~/server/auth/auth';

const PUBLIC_PREFIXES = ['/_next/', '/login', '/favicon', '/robots.txt', '/icon', '/__nextjs'];

/**
 * Page routes need a session: anonymous visitors are sent to /login with a
 * `next` parameter, and signed-in users skip the login page. Returns true
 * when it answered the request.
 */
export async function guardPage(req: IncomingMessage, res: ServerResponse, auth: TAuth): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://local');
  const isLogin = url.pathname === '/login';
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!isLogin && PUBLIC_PREFIXES.some((p) => url.pathname.startsWith(p))) return false;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (isLogin && session) return redirect(res, safeNext(url.searchParams.get('next')));
  if (!isLogin && !session) return redirect(res, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  return false;
}

/** Only same-site paths are accepted as a post-login destination. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function redirect(res: ServerResponse, location: string): true {
  res.writeHead(302, { location, 'cache-control': 'no-store' });
  res.end();
  return true;
}
