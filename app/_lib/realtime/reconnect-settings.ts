/**
 * How the browser comes back after a drop (a server restart, a deploy, a
 * network blip), shared by the socket.io connection, the tRPC WebSocket and
 * the fault bench's simulated tabs (bench/faults), so the bench measures what
 * users get. The board catches up as soon as the socket is connected again.
 *
 * Delays in ms: `reconnectionDelay × 2^attempt`, capped at
 * `reconnectionDelayMax`, then shortened by up to `randomizationFactor` (so
 * reconnect storms spread out, also at the cap). A tab retries at least twice
 * a second, so it is back within about 0.5 s of the server accepting
 * connections again: after a restart that wait was most of a tab's catch-up
 * (bench/faults kills). A refused attempt costs the server nothing.
 */
export const SOCKET_RECONNECTION = {
  reconnectionDelay: 250,
  reconnectionDelayMax: 500,
  randomizationFactor: 0.5,
  /** Handshake timeout: a half-started server must not hold a tab for long. */
  timeout: 4000,
} as const;

/** The delay before reconnect attempt `attempt` (from 0), for the tRPC WebSocket client (`retryDelayMs`) and socket.io (see spreadReconnects). */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const { reconnectionDelay, reconnectionDelayMax, randomizationFactor } = SOCKET_RECONNECTION;
  const base = Math.min(reconnectionDelay * 2 ** Math.min(attempt, 16), reconnectionDelayMax);
  return Math.round(base * (1 - randomizationFactor * random()));
}

/** The part of socket.io-client's Manager backoff this replaces (`socket.io.backoff`, not in its public types). */
type TBackoff = { attempts: number; duration: () => number };

/**
 * Makes a socket.io client Manager wait reconnectDelayMs between attempts.
 * socket.io-client spreads its delay before capping it, so from the third
 * attempt on every tab waited exactly `reconnectionDelayMax`, all in step,
 * and after a restart a tab waited up to the whole cap for its next try.
 */
export function spreadReconnects(manager: unknown, random?: () => number): void {
  const backoff = (manager as { backoff?: TBackoff } | undefined)?.backoff;
  if (!backoff || typeof backoff.duration !== 'function') return;
  backoff.duration = () => reconnectDelayMs(backoff.attempts++, random);
}
