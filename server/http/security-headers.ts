import type { ServerResponse } from 'node:http';

export type TSecurityHeaderOptions = {
  /** Development (Next's dev server and HMR need 'unsafe-eval'). */
  dev?: boolean;
  /** BASE_URL is https: browsers are told to keep using https (HSTS). */
  https?: boolean;
};

/**
 * The Content-Security-Policy of every response. Next 16 inlines its
 * bootstrap scripts and styles; without per-request nonces (which would make
 * every page dynamically rendered) its guidance is 'unsafe-inline' for both,
 * so the policy's value is in what it forbids: scripts, styles, images and
 * connections from any other origin, plugins, <base> hijacking, form posts
 * elsewhere and framing. `frameAncestors` is 'none' except for meeting-mode
 * boards embedded where the organization allows (see page-guard.ts).
 */
export function contentSecurityPolicy(opts: TSecurityHeaderOptions & { frameAncestors?: string[] } = {}): string {
  const ancestors = opts.frameAncestors?.length ? opts.frameAncestors.join(' ') : "'none'";
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

/**
 * API answers (JSON, PDF, CSV) are not documents: they only forbid framing.
 * The document policy there would break Chrome's PDF viewer, which renders an
 * opened PDF inside a page governed by the PDF response's CSP.
 */
const API_CSP = "frame-ancestors 'none'";

/** Baseline headers on every response: CSP (documents) or frame-ancestors 'none' (/api/), nosniff, referrer policy, HSTS on https. */
export function setSecurityHeaders(res: ServerResponse, opts: TSecurityHeaderOptions = {}, path = '/') {
  res.setHeader('content-security-policy', path.startsWith('/api/') ? API_CSP : contentSecurityPolicy(opts));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'same-origin');
  // For browsers without CSP frame-ancestors; removed where framing is allowed.
  res.setHeader('x-frame-options', 'DENY');
  if (opts.https) res.setHeader('strict-transport-security', 'max-age=31536000');
}

/** Lets the page be framed by exactly these origins (validated https origins from the organization's settings). */
export function allowFramingBy(res: ServerResponse, origins: string[], opts: TSecurityHeaderOptions = {}) {
  if (origins.length === 0) return;
  res.setHeader('content-security-policy', contentSecurityPolicy({ ...opts, frameAncestors: origins }));
  res.removeHeader('x-frame-options');
}

/**
 * CSRF guard for state-changing API calls: a browser always sends Origin on
 * POST; when present it must be one of ours.
 */
export function isForeignOrigin(origin: string | undefined, allowed: string[]): boolean {
  return origin !== undefined && !allowed.includes(origin);
}
