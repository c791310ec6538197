import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import superjson from 'superjson';
import { parseEnv } from '~/env';
import type { TDbHandle } from '~/db/client';
import { createDealflowServer } from '../create-server';
import type { TFloodLimits } from '../security/rate-limit';
import type { TLogger } from '../observability/logger';
import { signIn as signInAt } from './sign-in';

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real server (tRPC, auth, socket.io, health) without Next, listening on
 * loopback for integration tests, with small HTTP helpers.
 */
export async function startTestServer(handle: TDbHandle, opts: { redisUrl?: string; logger?: TLogger; limits?: Partial<TFloodLimits>; socketSessionRecheckMs?: number; forecastWarmUp?: boolean } = {}) {
  const port = await freePort();
  const env = parseEnv({
    NODE_ENV: 'test',
    PORT: String(port),
    SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'),
    SEED_DEMO: 'false',
    REDIS_URL: opts.redisUrl,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await createDealflowServer({ env: { ...env, BASE_URL: baseUrl }, handle: { ...handle, close: async () => {} }, graceMs: 2000, logger: opts.logger, limits: opts.limits, socketSessionRecheckMs: opts.socketSessionRecheckMs, forecastWarmUp: opts.forecastWarmUp });
  await new Promise<void>((resolve) => server.httpServer.listen(port, '127.0.0.1', resolve));

  const signIn = (email: string, password: string) => signInAt(baseUrl, email, password);

  /** Calls a procedure over HTTP as a browser would; returns status and decoded body. */
  async function call(type: 'query' | 'mutation', path: string, input: unknown, cookie?: string) {
    const headers: Record<string, string> = { 'content-type': 'application/json', origin: baseUrl };
    if (cookie) headers.cookie = cookie;
    const encoded = input === undefined ? undefined : superjson.serialize(input);
    const res =
      type === 'query'
        ? await fetch(`${baseUrl}/api/trpc/${path}${encoded ? `?input=${encodeURIComponent(JSON.stringify(encoded))}` : ''}`, { headers })
        : await fetch(`${baseUrl}/api/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(encoded ?? {}) });
    const body = (await res.json()) as { result?: { data: unknown }; error?: { json: { message: string; data: { code: string } } } };
    const data = body.result ? superjson.deserialize(body.result.data as never) : undefined;
    return { status: res.status, data: data as any, error: body.error?.json };
  }

  return { server, baseUrl, port, signIn, call, close: () => server.close() };
}
