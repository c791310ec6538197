import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';

type TRefusal = { key: 'BAD_REQUEST' | 'CONFLICT'; message: string };

/** SQLSTATEs the database raises for a value it cannot store or compare: the input's fault, not the server's. */
const REFUSALS: Record<string, TRefusal> = {
  '22P05': { key: 'BAD_REQUEST', message: 'Text contains a character that cannot be stored (such as a NUL character).' },
  '22021': { key: 'BAD_REQUEST', message: 'Text contains a character that cannot be stored (such as a NUL character).' },
  '22003': { key: 'BAD_REQUEST', message: 'A number is out of the range that can be stored.' },
  '22008': { key: 'BAD_REQUEST', message: 'A date is out of the range that can be stored.' },
  '22007': { key: 'BAD_REQUEST', message: 'A date or time is not valid.' },
  '22001': { key: 'BAD_REQUEST', message: 'A text is longer than can be stored.' },
  '23502': { key: 'BAD_REQUEST', message: 'A required value is missing.' },
  '23503': { key: 'BAD_REQUEST', message: 'A referenced record does not exist.' },
  '23514': { key: 'BAD_REQUEST', message: 'A value is not allowed.' },
  '23505': { key: 'CONFLICT', message: 'A record with these values already exists.' },
};

/** Any other data exception (class 22). */
const DATA_EXCEPTION: TRefusal = { key: 'BAD_REQUEST', message: 'A value is not valid.' };

/**
 * When a query failed because the database refused a value from the input
 * (SQLSTATE class 22 data exceptions such as a NUL in text or an integer out
 * of range, class 23 constraint violations), found anywhere in the `cause`
 * chain (drizzle wraps the driver's error): the tRPC error shape to answer
 * with, a 4xx and a message a person can read, never the SQL. Else null.
 */
export function refusedValue(error: unknown) {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    const refusal = typeof code === 'string' ? (REFUSALS[code] ?? (/^22[0-9A-Z]{3}$/.test(code) ? DATA_EXCEPTION : undefined)) : undefined;
    if (refusal) {
      const httpStatus = refusal.key === 'CONFLICT' ? 409 : 400;
      return { code: TRPC_ERROR_CODES_BY_KEY[refusal.key], message: refusal.message, data: { code: refusal.key, httpStatus } };
    }
  }
  return null;
}

/** The message of an unexpected server error as the client sees it: never the driver's text or SQL. */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.';
