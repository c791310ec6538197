import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import superjson from 'superjson';

export const TRPC_RATE_LIMITED_MESSAGE = 'Too many requests: slow down (this call was not run).';

/**
 * A tRPC error as tRPC sends it (the shape our errorFormatter produces,
 * encoded by the app's superjson transformer), for calls refused before they
 * reach tRPC.
 */
export function errorShape(message: string, code: 'TOO_MANY_REQUESTS' | 'PAYLOAD_TOO_LARGE', httpStatus: number, path: string | undefined) {
  return superjson.serialize({
    message,
    code: TRPC_ERROR_CODES_BY_KEY[code],
    data: { code, httpStatus, path, appCode: code === 'TOO_MANY_REQUESTS' ? 'RATE_LIMITED' : code },
  });
}

/** TOO_MANY_REQUESTS for one refused call. */
export const rateLimitedShape = (path: string | undefined) => errorShape(TRPC_RATE_LIMITED_MESSAGE, 'TOO_MANY_REQUESTS', 429, path);
