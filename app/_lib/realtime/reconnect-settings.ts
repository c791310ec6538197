/**
 * How the browser comes back after a drop (a server restart, a deploy, a
 * network blip), shared by the socket.io connection, the tRPC WebSocket and
 * the fault bench's simulated tabs (bench/faults), so the bench measures what
 * users get. The board catches up as soon as the socket is connected again.
 *
 * Delays in ms. socket.io waits `reconnectionDelay × 2^attempt`, spread by
 * ±`randomizationFactor` (so reconnect storms spread out) and capped at
 * `reconnectionDelayMax`: a tab retries at least once a second, so it is back
 * within about 1 s of the server accepting connections again. A refused
 * attempt costs the server nothing; one a second per tab is cheap.
 */
export const SOCKET_RECONNECTION = {
  reconnectionDelay: 250,
  reconnectionDelayMax: 1000,
  randomizationFactor: 0.5,
  /** Handshake timeout: a half-started server must not hold a tab for long. */
  timeout: 4000,
} as const;

/** The same backoff for the tRPC WebSocket client (`retryDelayMs`; attempt counts from 0). */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const { reconnectionDelay, reconnectionDelayMax, randomizationFactor } = SOCKET_RECONNECTION;
  const base = reconnectionDelay * 2 ** Math.min(attempt, 16);
  const spread = base * randomizationFactor * (2 * random() - 1);
  return Math.round(Math.min(base + spread, reconnectionDelayMax));
}
