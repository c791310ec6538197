import type { ServerResponse } from 'node:http';

/** Baseline headers on every response; the full CSP arrives with the hardening issue. */
export function setSecurityHeaders(res: ServerResponse) {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  res.setHeader('x-frame-options', 'SAMEORIGIN');
}

/**
 * CSRF guard for state-changing API calls: a browser always sends Origin on
 * POST; when present it must be one of ours.
 */
export function isForeignOrigin(origin: string | undefined, allowed: string[]): boolean {
  return origin !== undefined && !allowed.includes(origin);
}
