/** A procedure's answer as the fuzzer sees it, whatever the transport. */
export type TFuzzAnswer = { status: number; code?: string; message?: unknown; stack?: unknown };

/** tRPC error codes a hostile input may be answered with (all 4xx). */
const CLIENT_ERROR_CODES = new Set([
  'BAD_REQUEST', 'PARSE_ERROR', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'METHOD_NOT_SUPPORTED', 'CONFLICT', 'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'UNPROCESSABLE_CONTENT', 'TOO_MANY_REQUESTS', 'CLIENT_CLOSED_REQUEST',
]);

/**
 * What is wrong with an answer, or null when it is fine: a success, or a
 * 4xx with a known code and a message a person can read (not empty, not
 * "[object Object]", no stack trace, no raw JSON dump, not a bare internal
 * error text).
 */
export function problemWith(answer: TFuzzAnswer): string | null {
  if (answer.status >= 200 && answer.status < 300) return null;
  if (answer.status >= 500 || answer.status < 400) return `HTTP ${answer.status} (${answer.code ?? '?'}): ${String(answer.message).slice(0, 300)}`;
  if (answer.status === 431 || answer.status === 414) return null; // Node refused an over-long URL before the app: a plain 4xx
  if (!answer.code || !CLIENT_ERROR_CODES.has(answer.code)) return `unexpected code ${answer.code} for HTTP ${answer.status}`;
  const message = answer.message;
  if (typeof message !== 'string' || message.trim() === '') return `no message (${answer.code})`;
  if (typeof answer.stack === 'string') return `stack trace sent to the client (${answer.code})`;
  if (/\[object Object\]|\n\s+at |^\s*[[{]|TypeError|ReferenceError|Cannot read properties|relation "|violates|syntax error|Failed query|out of range for type|invalid byte sequence/i.test(message)) {
    return `unreadable message (${answer.code}): ${message.slice(0, 300)}`;
  }
  if (message.length > 2000) return `message of ${message.length} characters (${answer.code})`;
  return null;
}
