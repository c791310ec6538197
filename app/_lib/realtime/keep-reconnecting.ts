import { reconnectDelayMs, spreadReconnects } from './reconnect-settings';

/** Refusals by the server's socket.io auth middleware that a retry can cure (server/realtime/io.ts: the database was unavailable). */
const RETRYABLE_REFUSALS = new Set(['unavailable']);

/** The part of a socket.io client socket this needs. */
type TReconnectingSocket = {
  readonly active: boolean;
  /** socket.io's Manager: its own retries get the same spread delays (see spreadReconnects). */
  readonly io?: unknown;
  connect: () => unknown;
  on: (event: 'connect' | 'connect_error', listener: (error: Error) => void) => unknown;
  off: (event: 'connect' | 'connect_error', listener: (error: Error) => void) => unknown;
};

/**
 * socket.io retries lost connections by itself, but stops for good when the
 * server's middleware refuses the handshake. A refusal because the database
 * was unavailable (a restart, a Postgres outage) is retried here with the
 * same backoff; `unauthorized` and `forbidden` are final. Returns a function
 * that stops retrying.
 */
export function keepReconnecting(socket: TReconnectingSocket, random?: () => number): () => void {
  spreadReconnects(socket.io, random);
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onConnect = () => {
    attempt = 0;
  };
  const onError = (error: Error) => {
    if (socket.active || !RETRYABLE_REFUSALS.has(error.message)) return;
    clearTimeout(timer);
    timer = setTimeout(() => socket.connect(), reconnectDelayMs(attempt++, random));
  };
  socket.on('connect', onConnect);
  socket.on('connect_error', onError);
  return () => {
    clearTimeout(timer);
    socket.off('connect', onConnect);
    socket.off('connect_error', onError);
  };
}
