import { createTRPCClient } from '@trpc/client';
import WebSocket from 'ws';
import { createAppLinks } from '~/app/_lib/trpc/links';
import type { AppRouter } from '~/server/trpc/root';

/**
 * The browser's tRPC client in Node: the app's links (moves over the
 * WebSocket when open, HTTP otherwise; superjson) with the session cookie and
 * a same-origin Origin header. Unlike createBenchClient it does not wait for
 * the WebSocket (moves fall back to HTTP meanwhile, as in the browser) and
 * hands back `close` beside the client (the client proxy would shadow it).
 */
export function openAppClient(baseUrl: string, cookie: string) {
  const headers = { cookie, origin: baseUrl };
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const { links, close } = createAppLinks({
    httpUrl: `${baseUrl}/api/trpc`,
    wsUrl: `${baseUrl.replace(/^http/, 'ws')}/api/trpc-ws`,
    headers,
    WebSocket: CookieWebSocket as unknown as typeof globalThis.WebSocket,
  });
  return { client: createTRPCClient<AppRouter>({ links }), close };
}

export type TAppClient = ReturnType<typeof openAppClient>['client'];
