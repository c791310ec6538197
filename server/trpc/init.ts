import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import superjson from 'superjson';
import { z, ZodError } from 'zod';
import { isDatabaseUnavailable } from '~/db/unavailable';
import { AppError, type TAppErrorCode } from '~/domain/app-error';
import { hasRole, type TRole } from '~/domain/roles';
import { findMembership } from '~/server/auth/find-membership';
import type { TContext } from './context';

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
  errorFormatter({ shape, error }) {
    if (isDatabaseUnavailable(error.cause)) return databaseUnavailable(shape);
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const appError = error.cause instanceof AppError ? error.cause : null;
    return {
      ...shape,
      message: zodError ? readableZodMessage(zodError) : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : undefined,
        appCode: appError?.code,
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
function databaseUnavailable<TShape extends { code: number; message: string; data: object }>(shape: TShape): TShape {
  return {
    ...shape,
    code: TRPC_ERROR_CODES_BY_KEY.SERVICE_UNAVAILABLE,
    message: 'The database is unavailable right now. Retry in a moment.',
    data: { ...shape.data, code: 'SERVICE_UNAVAILABLE', httpStatus: 503, stack: undefined, appCode: 'UNAVAILABLE' },
  };
}

/** "amount: Too small: expected number to be >0; title: Required" */
function readableZodMessage(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns AppError thrown by services into the matching tRPC error and HTTP status. */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodeOf[cause.code], message: cause.message, cause });
  }
  return result;
});

/** Times every mutation for the latency histogram of its transport (`ctx.observeProcedure`, server/observability). */
const timedMutations = t.middleware(async ({ ctx, path, type, next }) => {
  if (type !== 'mutation' || !ctx.observeProcedure) return next();
  const started = performance.now();
  const result = await next();
  ctx.observeProcedure({ path, seconds: (performance.now() - started) / 1000, ok: result.ok });
  return result;
});

/** Any signed-in user. Anonymous requests get 401. */
export const authedProcedure = t.procedure.use(timedMutations).use(appErrors).use(async ({ ctx, next }) => {
  const session = ctx.revalidateSession ? await ctx.revalidateSession() : ctx.session;
  if (!session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  return next({ ctx: { ...ctx, session } });
});

/**
 * A signed-in member of the session's active organization. `ctx.viewer`
 * carries the organization id every query must filter by.
 */
export const orgProcedure = authedProcedure.use(async ({ ctx, next }) => {
  const organizationId = ctx.session.session.activeOrganizationId;
  const lookUp = ctx.findMembership ?? ((userId: string, orgId: string) => findMembership(ctx.db, userId, orgId));
  const membership = organizationId ? await lookUp(ctx.session.user.id, organizationId) : null;
  if (!organizationId || !membership) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You are not a member of any organization.' });
  }
  const viewer = {
    userId: ctx.session.user.id,
    memberId: membership.memberId,
    organizationId,
    role: membership.role,
  };
  return next({ ctx: { ...ctx, viewer } });
});

const roleLabel: Record<TRole, string> = { admin: 'an admin', manager: 'a manager', rep: 'a rep', viewer: 'a viewer' };

function requireRole(required: TRole, what: string) {
  return orgProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.viewer.role, required)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `You are ${roleLabel[ctx.viewer.role]} in this organization and cannot ${what}.`,
      });
    }
    return next();
  });
}

/** Reps, managers and admins: may change business data. */
export const editorProcedure = requireRole('rep', 'change data');
/** Managers and admins. */
export const managerProcedure = requireRole('manager', 'do this (managers only)');
/** Admins only: organization settings and memberships. */
export const adminProcedure = requireRole('admin', 'change organization settings');
