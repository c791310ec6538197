import type { Socket } from 'socket.io';
import { shouldDisconnect, tryConsumeBoth, type TRateLimiters } from './rate-limit';

/** What a refused socket.io event gets: its ack, or an `error` event when it has none. */
export const SOCKET_RATE_LIMITED = { ok: false, code: 'RATE_LIMITED', message: 'Too many events: slow down (this one was dropped).' } as const;
export const SOCKET_FLOOD_DISCONNECT = { code: 'RATE_LIMITED', message: 'Disconnected: too many events. Reload the page to reconnect.' } as const;

/**
 * Rate limits the events a socket sends, per socket and per user. An event
 * over the limit is dropped and answered with SOCKET_RATE_LIMITED (through
 * its ack, else one `error` event per second); a socket that keeps flooding
 * (`refusedBeforeDisconnect` refusals within 10 s) gets an `error` event and
 * is disconnected.
 */
export function guardSocketEvents(socket: Socket, userId: string, limiters: TRateLimiters) {
  let warnedAt = 0;
  socket.use((packet, next) => {
    tryConsumeBoth([limiters.socketEvents, socket.id], [limiters.socketEventsPerUser, userId])
      .then(async (allowed) => {
        if (allowed) return next();
        const ack = packet[packet.length - 1];
        if (typeof ack === 'function') ack(SOCKET_RATE_LIMITED);
        else if (Date.now() - warnedAt > 1000) {
          warnedAt = Date.now();
          socket.emit('error', SOCKET_RATE_LIMITED);
        }
        if (await shouldDisconnect(limiters, `socket:${socket.id}`)) {
          socket.emit('error', SOCKET_FLOOD_DISCONNECT);
          socket.disconnect(true);
        }
      })
      .catch(() => next()); // a limiter failure never blocks real use
  });
}
