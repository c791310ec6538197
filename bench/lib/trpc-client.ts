import { createTRPCClient } from '@trpc/client';
import WebSocket from 'ws';
import { createAppLinks } from '~/app/_lib/trpc/links';
import type { AppRouter } from '~/server/trpc/root';

/** Every client's WebSocket, closed by closeBenchClients() at the end of a run. */
const openClients = new Set<() => Promise<void>>();

/** Closes the WebSockets of every client created so far. */
export async function closeBenchClients() {
  for (const close of openClients) await close();
  openClients.clear();
}

export type TBenchClient = Awaited<ReturnType<typeof createBenchClient>>;

/**
 * The same tRPC links the browser uses (moves over the WebSocket once it is
 * open, the rest over httpBatchLink; superjson), sending the session cookie
 * and a same-origin Origin header. Resolves once the WebSocket is open. Give
 * each concurrent actor its own client, or calls issued in one tick get
 * batched together.
 */
export async function createBenchClient(baseUrl: string, cookie: string) {
  const headers = { cookie, origin: baseUrl };
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  let opened!: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  const { links, close } = createAppLinks({
    httpUrl: `${baseUrl}/api/trpc`,
    wsUrl: `${baseUrl.replace(/^http/, 'ws')}/api/trpc-ws`,
    headers,
    WebSocket: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    onOpen: () => opened(),
  });
  const client = createTRPCClient<AppRouter>({ links });
  openClients.add(close);
  await open;
  return Object.assign(client, { close });
}

export { signIn } from '~/server/testing/sign-in';
