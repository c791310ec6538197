import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '~/server/trpc/root';

export type TBenchClient = ReturnType<typeof createBenchClient>;

/**
 * The same tRPC client the browser uses (httpBatchLink + superjson), sending
 * the session cookie and a same-origin Origin header. Give each concurrent
 * actor its own client, or calls issued in one tick get batched together.
 */
export function createBenchClient(baseUrl: string, cookie: string) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${baseUrl}/api/trpc`, transformer: superjson, headers: { cookie, origin: baseUrl } })],
  });
}

export { signIn } from '~/server/testing/sign-in';
