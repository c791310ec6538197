/** Node socket errors meaning the database server cannot be reached. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** postgres.js connection errors. */
const DRIVER_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);
/** SQLSTATEs of a server shutting down, starting up or crashed (57P01–57P03). */
const SHUTDOWN_STATES = new Set(['57P01', '57P02', '57P03']);

/**
 * True when a query failed because the database is unreachable or
 * restarting (not because of the query): SQLSTATE class 08 (connection
 * exception), 57P01–57P03, postgres.js connection errors and refused or
 * reset sockets, found anywhere in the `cause` chain (drizzle wraps the
 * driver's error). Such failures are retryable: the answer is 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (NETWORK_CODES.has(code) || DRIVER_CODES.has(code) || SHUTDOWN_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}
