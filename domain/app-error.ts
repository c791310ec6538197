/**
 * The one error type that domain code and services throw. The tRPC error
 * formatter maps each code to an HTTP status; socket handlers turn it into
 * an ack `{ ok: false, code, message }`.
 */
export const appErrorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_INPUT',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'UNAVAILABLE',
] as const;
export type TAppErrorCode = (typeof appErrorCodes)[number];

export class AppError extends Error {
  override name = 'AppError';
  readonly code: TAppErrorCode;
  /** Extra data for the client, e.g. the current card on CONFLICT. */
  readonly data?: Record<string, unknown>;

  constructor(code: TAppErrorCode, opts: { message: string; cause?: unknown; data?: Record<string, unknown> }) {
    super(opts.message, { cause: opts.cause });
    this.code = code;
    this.data = opts.data;
  }
}
