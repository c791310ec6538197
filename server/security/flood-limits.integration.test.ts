import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD } from '~/db/testing/fixtures';
import type { TCardEvent } from '~/server/services/board/move-opportunity';
import { useBoardWorld } from '~/server/testing/board-world';
import { startTestServer } from '~/server/testing/test-server';
import { createTestWsClient, openRawTrpcWs } from '~/server/testing/trpc-ws-client';
import { defaultFloodLimits, type TFloodLimits } from './rate-limit';
import { SOCKET_FLOOD_DISCONNECT, SOCKET_RATE_LIMITED } from './socket-flood-guard';
import { TRPC_RATE_LIMITED_MESSAGE } from './trpc-rate-limited';
import { TRPC_WS_FLOOD_CLOSE } from './trpc-ws-flood-guard';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A client sending 1,000 events/s is limited (its excess dropped with a clear
 * error, then disconnected) while other clients' moves still propagate.
 * Latencies are printed, not asserted: the machine is shared.
 */
describe('flood limits', () => {
  const world = useBoardWorld();
  const closers: (() => unknown)[] = [];
  let version = 1;
  beforeEach(() => {
    version = 1;
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  /** The manager moves the fixture card `count` times over the tRPC WebSocket; resolves with each move's propagation to `watcher` (ms). */
  async function movesPropagate(watcher: Socket, count: number) {
    const { client, close } = createTestWsClient(world.app.baseUrl, world.cookie.manager);
    closers.push(close);
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const received = new Promise<TCardEvent>((resolve) => watcher.once('board:card', resolve));
      const t0 = performance.now();
      const result = await client.opportunity.move.mutate({
        id: world.a.opportunity.id, version, target: { kind: 'band', probability: i % 2 ? 40 : 60 }, rank: 'a1', clientMutationId: randomUUID(),
      });
      version = result.card.version;
      await received;
      latencies.push(performance.now() - t0);
    }
    return latencies.sort((x, y) => x - y);
  }
  const describeMs = (ms: number[]) => `p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, max ${ms.at(-1)!.toFixed(1)} ms`;

  it('limits a socket.io client sending 1,000 drag events/s, then disconnects it; others still receive moves', async () => {
    const watcher = await world.socketFor('viewer');
    await watcher.emitWithAck('board:watch', { board: 'probability' });
    const idle = await movesPropagate(watcher, 10);

    const flooder = await world.socketFor('rep');
    await flooder.emitWithAck('board:watch', { board: 'probability' });
    const answers = { ok: 0, limited: 0, other: 0 };
    const errors: unknown[] = [];
    flooder.on('error', (e: unknown) => errors.push(e));
    const disconnected = new Promise<string>((resolve) => flooder.once('disconnect', resolve));
    let flooding = true;
    const flood = (async () => {
      while (flooding && flooder.connected) {
        for (let i = 0; i < 50; i++) {
          flooder.emit('drag:start', { board: 'probability', opportunityId: world.a.opportunity.id }, (answer: { ok: boolean; code?: string }) => {
            if (answer.ok) answers.ok += 1;
            else if (answer.code === SOCKET_RATE_LIMITED.code) answers.limited += 1;
            else answers.other += 1;
          });
        }
        await sleep(50); // 50 events per 50 ms: 1,000 events/s
      }
    })();
    await sleep(300);
    const busy = await movesPropagate(watcher, 10);
    console.info(`[flood socket.io] move propagation idle ${describeMs(idle)}; while flooded ${describeMs(busy)}`);
    expect(busy).toHaveLength(10); // every move reached the other client

    expect(await disconnected).toBe('io server disconnect');
    flooding = false;
    await flood;
    expect(answers.limited).toBeGreaterThan(0);
    expect(answers.ok).toBeGreaterThan(0);
    expect(answers.ok).toBeLessThanOrEqual(defaultFloodLimits.socketEvents * 4);
    expect(answers.other).toBe(0);
    expect(errors).toContainEqual(SOCKET_FLOOD_DISCONNECT);
    // The flooder's user is not banned: a new socket works once the second has passed.
    await sleep(1100);
    const again = await world.socketFor('rep');
    expect(await again.emitWithAck('board:watch', { board: 'probability' })).toEqual({ ok: true });
  });

  it('answers TOO_MANY_REQUESTS to a tRPC WebSocket flood, then closes the connection; other connections keep working', async () => {
    const ws = await openRawTrpcWs(world.app.baseUrl, world.cookie.rep);
    const codes = new Map<string, number>();
    let limitedMessage = '';
    ws.on('message', (data) => {
      const answer = JSON.parse(String(data)) as { result?: unknown; error?: { json: { message: string; data: { code: string } } } };
      const code = answer.error?.json.data.code ?? 'OK';
      codes.set(code, (codes.get(code) ?? 0) + 1);
      if (code === 'TOO_MANY_REQUESTS') limitedMessage = answer.error!.json.message;
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
    let id = 0;
    const flood = setInterval(() => {
      for (let i = 0; i < 100 && ws.readyState === ws.OPEN; i++) ws.send(JSON.stringify({ id: ++id, method: 'mutation', params: { path: 'opportunity.move', input: { json: { id: 'flood' } } } }));
    }, 100); // 1,000 messages/s; each allowed one is refused by validation (no database work), so the test measures the limiter, not the database
    try {
      const watcher = await world.socketFor('viewer');
      await watcher.emitWithAck('board:watch', { board: 'probability' });
      const busy = await movesPropagate(watcher, 10);
      console.info(`[flood tRPC WS] move propagation while flooded ${describeMs(busy)}`);
      expect(busy).toHaveLength(10);
      expect(await closed).toEqual(TRPC_WS_FLOOD_CLOSE);
    } finally {
      clearInterval(flood);
    }
    expect(Object.fromEntries(codes)).toEqual({ BAD_REQUEST: expect.any(Number), TOO_MANY_REQUESTS: expect.any(Number) });
    expect(limitedMessage).toBe(TRPC_RATE_LIMITED_MESSAGE);
  });

  it('answers 429 to a session flooding tRPC over HTTP, in the tRPC error format', async () => {
    // A low limit: on a busy shared machine the server may not even accept 300 requests/s (the default).
    const app = await startTestServer(world.db, { limits: { trpcHttpRequests: 20 } });
    closers.push(() => app.close());
    const flooder = await app.signIn(world.a.byRole.rep.email, FIXTURE_PASSWORD);
    const burst = await Promise.all(Array.from({ length: 100 }, () => app.call('query', 'pipeline.list', undefined, flooder)));
    const limited = burst.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.error).toMatchObject({ message: TRPC_RATE_LIMITED_MESSAGE, data: { code: 'TOO_MANY_REQUESTS' } });
    expect(new Set(burst.map((r) => r.status))).toEqual(new Set([200, 429]));
    // Another session is not affected.
    expect((await app.call('query', 'pipeline.list', undefined, world.cookie.manager)).status).toBe(200);
  });

  /** A server of its own (fresh limiters), so blocking an account or address here does not disturb the other tests. */
  async function signInServer(limits: Partial<TFloodLimits>) {
    const app = await startTestServer(world.db, { limits });
    closers.push(() => app.close());
    const post = (contentType: string, body: string) =>
      fetch(`${app.baseUrl}/api/auth/sign-in/email`, { method: 'POST', headers: { 'content-type': contentType, origin: app.baseUrl }, body });
    const json = (email: string, password: string) => post('application/json', JSON.stringify({ email, password }));
    return Object.assign(json, { form: (email: string, password: string) => post('application/x-www-form-urlencoded', new URLSearchParams({ email, password }).toString()) });
  }

  it('throttles sign-in per account: after N failures even the right password waits; other accounts still sign in', async () => {
    const email = world.a.byRole.rep.email;
    const signIn = await signInServer({ signInFailuresPerAccount: 3 });
    const attempt = (password: string, who = email) => signIn(who, password);
    for (let i = 0; i < 3; i++) expect((await attempt('wrong-password-123')).status).toBe(401);
    const refused = await attempt(FIXTURE_PASSWORD, email.toUpperCase());
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/Too many failed sign-in attempts\. Try again in 15 minutes\./) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await attempt(FIXTURE_PASSWORD, world.a.byRole.manager.email)).status).toBe(200);
  });

  it('counts a burst of parallel guesses at one account as they arrive: only N get a password check', async () => {
    const email = world.a.byRole.rep.email;
    const signIn = await signInServer({ signInFailuresPerAccount: 3 });
    const statuses = await Promise.all(Array.from({ length: 12 }, () => signIn(email, 'wrong-password-123').then((r) => r.status)));
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
    // The right password waits too, and requests that were not wrong passwords did not use the account up.
    expect((await signIn(email, FIXTURE_PASSWORD)).status).toBe(429);
  });

  it('counts form-encoded guesses against the account too (better-auth takes form bodies as well as JSON)', async () => {
    const email = world.a.byRole.viewer.email;
    const signIn = await signInServer({ signInFailuresPerAccount: 2 });
    for (let i = 0; i < 2; i++) expect((await signIn.form(email, 'wrong-password-123')).status).toBe(401);
    expect((await signIn.form(email, 'wrong-password-123')).status).toBe(429);
    expect((await signIn(email, FIXTURE_PASSWORD)).status).toBe(429);
  });

  it('gives back the point of an attempt that was not a wrong password', async () => {
    const email = world.a.byRole.manager.email;
    const signIn = await signInServer({ signInFailuresPerAccount: 2 });
    for (let i = 0; i < 3; i++) expect((await signIn(email, FIXTURE_PASSWORD)).status).toBe(200);
    expect((await signIn(email, 'wrong-password-123')).status).toBe(401);
    expect((await signIn(email, FIXTURE_PASSWORD)).status).toBe(200);
    // The success cleared the account: two more failures are allowed before it is refused.
    expect((await signIn(email, 'wrong-password-123')).status).toBe(401);
    expect((await signIn(email, 'wrong-password-123')).status).toBe(401);
    expect((await signIn(email, FIXTURE_PASSWORD)).status).toBe(429);
  });

  it('throttles sign-in per address: after N failures on any accounts, this address waits', async () => {
    const attempt = await signInServer({ signInFailuresPerAddress: 5 });
    // Spread over many accounts, so the per-account limit never applies.
    const statuses = await Promise.all(Array.from({ length: 5 }, (_, i) => attempt(`nobody-${i}@alpha.test`, 'wrong-password-123').then((r) => r.status)));
    expect(new Set(statuses)).toEqual(new Set([401]));
    const refused = await attempt(world.a.byRole.viewer.email, FIXTURE_PASSWORD);
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toMatch(/Too many failed sign-in attempts/);
  });
});
