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

/** Signs in with email and password; returns the session cookie header value. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed for ${email}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
