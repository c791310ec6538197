import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import superjson from 'superjson';
import WebSocket from 'ws';
import { TRPC_WS_PATH } from '~/server/http/trpc-ws';
import type { AppRouter } from '~/server/trpc/root';

/** The tRPC WebSocket URL of a server at `baseUrl`. */
export const trpcWsUrl = (baseUrl: string) => `${baseUrl.replace(/^http/, 'ws')}${TRPC_WS_PATH}`;

/** A tRPC client over the WebSocket transport with a session cookie, as the board uses it; `close()` when done. */
export function createTestWsClient(baseUrl: string, cookie: string) {
  const headers = { cookie, origin: baseUrl };
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const wsClient = createWSClient({ url: trpcWsUrl(baseUrl), WebSocket: CookieWebSocket as unknown as typeof globalThis.WebSocket });
  const client = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient, transformer: superjson })] });
  return { client, close: () => wsClient.close() };
}

/** A raw WebSocket to the tRPC endpoint (to send hand-made or hostile messages), resolved once open. */
export async function openRawTrpcWs(baseUrl: string, cookie: string): Promise<WebSocket> {
  const ws = new WebSocket(trpcWsUrl(baseUrl), { headers: { cookie, origin: baseUrl } });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}
