import type http from 'node:http';
import { fromNodeHeaders } from 'better-auth/node';
import type { Db } from '~/db/client';
import { AppError, type TAppErrorCode } from '~/domain/app-error';
import type { TAuth } from '~/server/auth/auth';
import { findMembership } from '~/server/auth/find-membership';
import type { TViewer } from '~/server/services/viewer';
import type { TPublish } from '~/server/trpc/context';
import { exportApiRoutes } from './export-routes';
import { importApiRoutes } from './import-routes';
import { isForeignOrigin } from './security-headers';
import { quotePdfRoute } from './quote-pdf-route';

export type TApiRouteDeps = { db: Db; auth: TAuth; publish: TPublish; allowedOrigins: string[] };
export type TApiRequest = { req: http.IncomingMessage; res: http.ServerResponse; params: Record<string, string>; url: URL; viewer: TViewer & { name: string }; deps: TApiRouteDeps };

/**
 * A non-tRPC endpoint (binary or streamed bodies: PDFs, CSV uploads and
 * downloads). Every route requires a signed-in member; the handler receives
 * the viewer and must scope every query by `viewer.organizationId`.
 */
export type TApiRoute = { method: 'GET' | 'POST'; pattern: RegExp; handle: (request: TApiRequest) => Promise<void> };

/** Registered routes; each area adds its own entry. */
export const apiRoutes: TApiRoute[] = [quotePdfRoute, ...importApiRoutes, ...exportApiRoutes];

const statusOf: Record<TAppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** Answers a JSON error `{ error: { code, message } }`. */
export function sendApiError(res: http.ServerResponse, status: number, code: string, message: string) {
  if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code, message } }));
}

/** Runs the matching route; false when none matches (the caller answers 404 or passes on). */
export async function handleApiRoute(req: http.IncomingMessage, res: http.ServerResponse, path: string, deps: TApiRouteDeps): Promise<boolean> {
  for (const route of apiRoutes) {
    const match = route.pattern.exec(path);
    if (!match || req.method !== route.method) continue;
    if (req.method === 'POST' && isForeignOrigin(req.headers.origin, deps.allowedOrigins)) {
      sendApiError(res, 403, 'FORBIDDEN', 'Cross-origin request refused.');
      return true;
    }
    const session = await deps.auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
    const organizationId = session?.session.activeOrganizationId;
    if (!session || !organizationId) {
      sendApiError(res, 401, 'UNAUTHENTICATED', 'Sign in to continue.');
      return true;
    }
    const membership = await findMembership(deps.db, session.user.id, organizationId);
    if (!membership) {
      sendApiError(res, 403, 'FORBIDDEN', 'You are not a member of this organization.');
      return true;
    }
    const viewer = { userId: session.user.id, name: session.user.name, organizationId, ...membership };
    try {
      await route.handle({ req, res, params: match.groups ?? {}, url: new URL(req.url ?? '/', 'http://localhost'), viewer, deps });
    } catch (error) {
      if (error instanceof AppError) sendApiError(res, statusOf[error.code], error.code, error.message);
      else throw error;
    }
    return true;
  }
  return false;
}
