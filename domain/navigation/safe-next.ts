/** A base no real request has: what a path resolves against to see whether it stays on this site. */
const SAME_SITE = 'http://dealflow.invalid';

/**
 * The post-login destination `next` when it is a path on this site, else '/'.
 * It is resolved as the browser will resolve it, so '//evil.example',
 * '/\evil.example' and '/\t/evil.example' (the URL parser treats '\' as '/'
 * and drops tabs and newlines) are refused, not only the plain '//' form,
 * and so is a path that only becomes '//…' once its dot segments are resolved.
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, SAME_SITE);
  } catch {
    return '/';
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Resolving drops '.' and '..' segments: '/.//evil.example' becomes '//evil.example', another site to a browser.
  return url.origin === SAME_SITE && !path.startsWith('//') ? path : '/';
}
