import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { isDatabaseUnavailable } from '~/db/unavailable';
import { AppError, type TAppErrorCode } from '~/domain/app-error';
import { hasRole, type TRole } from '~/domain/roles';
import { findMembership } from '~/server/auth/find-membership';
import { INTERNAL_ERROR_MESSAGE, refusedValue } from '~/server/security/refused-value';
import type { TContext, TSession } from './context';

const trpcCodeOf: Record<TAppErrorCode, TRPC_ERROR_CODE_KEY> = {
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_INPUT: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  // Never put stacks in answers, in any environment (the formatter drops them anyway): reading
  // `error.stack` maps it through source maps, milliseconds per refused call.
  isDev: false,
  errorFormatter({ shape, error }) {
    const unavailable = isDatabaseUnavailable(error.cause);
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const appError = error.cause instanceof AppError ? error.cause : null;
    // A value the database refused (NUL in text, integer overflow...) is the input's fault: 4xx, never the SQL.
    // A service that explained the refusal itself (an AppError caused by it) keeps its own message.
    const override = unavailable ? databaseUnavailable : appError ? null : refusedValue(error.cause);
    return {
      ...shape,
      ...(override ?? { message: zodError ? readableZodMessage(zodError) : shape.data.code === 'INTERNAL_SERVER_ERROR' ? INTERNAL_ERROR_MESSAGE : shape.message }),
      data: {
        ...shape.data,
        ...(override?.data ?? {}),
        stack: undefined,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : undefined,
        appCode: unavailable ? ('UNAVAILABLE' as const) : appError?.code,
        appData: appError?.data,
      },
    };
  },
});

/**
 * A database outage (unreachable, restarting) wherever it surfaced (context,
 * middleware, procedure): 503 SERVICE_UNAVAILABLE with a message that says to
 * retry, instead of a 500 carrying the driver's message.
 */
const databaseUnavailable = {
  code: TRPC_ERROR_CODES_BY_KEY.SERVICE_UNAVAILABLE,
  message: 'The database is unavailable right now. Retry in a moment.',
  data: { code: 'SERVICE_UNAVAILABLE' as const, httpStatus: 503 },
};

/** "amount: Too small: expected number to be >0; title: Required" */
function readableZodMessage(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The first layer of every procedure: times mutations for the latency
 * histogram of their transport (`ctx.observeProcedure`, server/observability)
 * and turns AppError thrown by services into the matching tRPC error and
 * HTTP status. One layer, not two: each layer costs a ctx merge on every call.
 */
const base = t.procedure.use(async ({ ctx, path, type, next }) => {
  const timed = type === 'mutation' && ctx.observeProcedure;
  const started = timed ? performance.now() : 0;
  const result = await next();
  if (timed) ctx.observeProcedure!({ path, seconds: (performance.now() - started) / 1000, ok: result.ok });
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodeOf[cause.code], message: cause.message, cause });
  }
  // A value the database refused is a client error: rethrown as such, it is not logged as an internal one.
  const refused = result.ok ? null : refusedValue(result.error.cause);
  if (refused && !result.ok) throw new TRPCError({ code: refused.data.code, message: refused.message, cause: result.error.cause });
  return result;
});

async function requireSession(ctx: TContext) {
  const session = ctx.revalidateSession ? await ctx.revalidateSession() : ctx.session;
  if (!session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  return session;
}

/** The member behind the session in its active organization (what every query filters by), or FORBIDDEN. */
async function requireViewer(ctx: TContext, session: TSession) {
  const organizationId = session.session.activeOrganizationId;
  const lookUp = ctx.findMembership ?? ((userId: string, orgId: string) => findMembership(ctx.db, userId, orgId));
  const membership = organizationId ? await lookUp(session.user.id, organizationId) : null;
  if (!organizationId || !membership) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You are not a member of any organization.' });
  }
  return { userId: session.user.id, memberId: membership.memberId, organizationId, role: membership.role };
}

/** Any signed-in user. Anonymous requests get 401. */
export const authedProcedure = base.use(async ({ ctx, next }) => next({ ctx: { session: await requireSession(ctx) } }));

/**
 * A signed-in member of the session's active organization. `ctx.viewer`
 * carries the organization id every query must filter by.
 */
export const orgProcedure = base.use(async ({ ctx, next }) => {
  const session = await requireSession(ctx);
  return next({ ctx: { session, viewer: await requireViewer(ctx, session) } });
});

const roleLabel: Record<TRole, string> = { admin: 'an admin', manager: 'a manager', rep: 'a rep', viewer: 'a viewer' };

/** A member with at least `required`'s rights; session, membership and role are checked in one layer. */
function requireRole(required: TRole, what: string) {
  return base.use(async ({ ctx, next }) => {
    const session = await requireSession(ctx);
    const viewer = await requireViewer(ctx, session);
    if (!hasRole(viewer.role, required)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `You are ${roleLabel[viewer.role]} in this organization and cannot ${what}.`,
      });
    }
    return next({ ctx: { session, viewer } });
  });
}

/** Reps, managers and admins: may change business data. */
export const editorProcedure = requireRole('rep', 'change data');
/** Managers and admins. */
export const managerProcedure = requireRole('manager', 'do this (managers only)');
/** Admins only: organization settings and memberships. */
export const adminProcedure = requireRole('admin', 'change organization settings');
