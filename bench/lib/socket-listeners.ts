import { io as connect, type Socket } from 'socket.io-client';
import { monoMs } from './clock';

/** Connections opened at once; the server checks the session of each one. */
const CONNECT_BATCH = 25;

/**
 * A growing set of socket.io clients (websocket transport, one engine
 * connection each, session cookie in the handshake) that stamp every `event`
 * with its arrival time as the first thing the handler does.
 */
export function createListenerPool(baseUrl: string, cookie: string, event: string, onEvent: (payload: any, at: number) => void) {
  const sockets: Socket[] = [];

  function open(): Promise<Socket> {
    const socket = connect(baseUrl, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie } });
    socket.on(event, (payload: unknown) => onEvent(payload, monoMs()));
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', (error) => reject(new Error(`socket connect failed: ${error.message}`)));
    });
  }

  /** Adds clients until there are `count`. */
  async function growTo(count: number) {
    while (sockets.length < count) {
      const batch = Math.min(CONNECT_BATCH, count - sockets.length);
      sockets.push(...(await Promise.all(Array.from({ length: batch }, open))));
    }
  }

  /** Disconnects every client. */
  function closeAll() {
    for (const socket of sockets.splice(0)) socket.disconnect();
  }

  return { growTo, closeAll, get size() { return sockets.length; } };
}

export type TListenerPool = ReturnType<typeof createListenerPool>;
