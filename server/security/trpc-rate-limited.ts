import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import superjson from 'superjson';

export const TRPC_RATE_LIMITED_MESSAGE = 'Too many requests: slow down (this call was not run).';

/**
 * A TOO_MANY_REQUESTS error as tRPC sends it (the shape our errorFormatter
 * produces, encoded by the app's superjson transformer), for calls refused
 * before they reach tRPC.
 */
export function rateLimitedShape(path: string | undefined) {
  return superjson.serialize({
    message: TRPC_RATE_LIMITED_MESSAGE,
    code: TRPC_ERROR_CODES_BY_KEY.TOO_MANY_REQUESTS,
    data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path, appCode: 'RATE_LIMITED' },
  });
}
