import { createWSClient, httpBatchLink, splitLink, wsLink, type TRPCLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '~/server/trpc/root';
import { reconnectDelayMs } from '../realtime/reconnect-settings';

/** Procedures sent over the WebSocket when it is open: the board moves, where every millisecond shows. */
const OVER_WEBSOCKET = new Set(['opportunity.move']);

type TLinkOptions = {
  /** e.g. `/api/trpc` or `http://127.0.0.1:3000/api/trpc`. */
  httpUrl: string;
  /** e.g. `ws://127.0.0.1:3000/api/trpc-ws`. */
  wsUrl: string;
  /** Extra HTTP headers (Node clients: cookie and origin). */
  headers?: Record<string, string>;
  /** A WebSocket implementation (Node 20 has none built in). */
  WebSocket?: typeof globalThis.WebSocket;
  onOpen?: () => void;
};

/**
 * The app's tRPC links: board moves go over one long-lived WebSocket (no
 * HTTP request, cookie parsing or session lookup per move), everything else
 * over batched HTTP. While the WebSocket is not open (connecting, blocked by
 * a proxy, reconnecting) moves fall back to HTTP, so they never wait on it.
 */
export function createAppLinks(options: TLinkOptions): { links: TRPCLink<AppRouter>[]; close: () => Promise<void> } {
  const wsClient = createWSClient({
    url: options.wsUrl,
    WebSocket: options.WebSocket,
    onOpen: options.onOpen,
    // Back within about 0.5 s of a restart, like the socket.io connection (moves use HTTP meanwhile).
    retryDelayMs: reconnectDelayMs,
    keepAlive: { enabled: true, intervalMs: 20_000, pongTimeoutMs: 5_000 },
  });
  const http = httpBatchLink<AppRouter>({ url: options.httpUrl, transformer: superjson, headers: options.headers });
  return {
    links: [
      splitLink({
        condition: (op) => op.type === 'mutation' && OVER_WEBSOCKET.has(op.path) && wsClient.connection?.state === 'open',
        true: wsLink<AppRouter>({ client: wsClient, transformer: superjson }),
        false: http,
      }),
    ],
    close: () => wsClient.close(),
  };
}

/** The WebSocket URL of the page's own origin. */
export function sameOriginWsUrl(path = '/api/trpc-ws'): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${path}`;
}
