import { randomUUID } from 'node:crypto';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createOrgFixture, FIXTURE_PASSWORD, type TOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { TRPC_WS_PATH } from '~/server/http/trpc-ws';
import { startTestServer } from '~/server/testing/test-server';
import type { AppRouter } from '~/server/trpc/root';
import { createLogger } from './logger';
import { connect } from 'socket.io-client';

/** The value of one sample line of the exposition text, e.g. `name{a="b"} 3`; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && wanted.every((w) => l.includes(w)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** Request ids, structured logs and /metrics on a real server. */
describe('observability', () => {
  const lines: Record<string, unknown>[] = [];
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let org: TOrgFixture;
  let cookie: string;

  beforeAll(async () => {
    db = await createTestDb();
    const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    app = await startTestServer(db, { logger });
    org = await createOrgFixture(db.db, 'obs', ['manager', 'rep']);
    cookie = await app.signIn(org.byRole.rep.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const scrape = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${app.baseUrl}/metrics`, { headers });
    return { status: res.status, text: await res.text() };
  };
  const move = (version: number, probability: number) => ({
    id: org.opportunity.id,
    version,
    target: { kind: 'band' as const, probability },
    rank: 'a1',
    clientMutationId: randomUUID(),
  });

  it('echoes a sane x-request-id, replaces a hostile one, and logs the request with its id', async () => {
    const kept = await fetch(`${app.baseUrl}/healthz`, { headers: { 'x-request-id': 'lb-1234.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
    const replaced = await fetch(`${app.baseUrl}/healthz`, { headers: { 'x-request-id': 'x"; drop table'.padEnd(20, '!') } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    const fresh = await fetch(`${app.baseUrl}/healthz`);
    const id = fresh.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => lines.find((l) => l.reqId === id)).toMatchObject({ level: 20, msg: 'request', path: '/healthz', status: 200 });
    expect(lines.find((l) => l.reqId === 'lb-1234.abc')).toBeDefined();
  });

  it('logs socket.io handshakes with their request id: a refused one at debug level', async () => {
    const refused = connect(app.baseUrl, { transports: ['websocket'], reconnection: false, extraHeaders: { 'x-request-id': 'sock-refused-1' } });
    await new Promise((resolve) => refused.once('connect_error', resolve));
    refused.close();
    await expect.poll(() => lines.find((l) => l.reqId === 'sock-refused-1')).toMatchObject({ level: 20, msg: 'socket.io handshake refused: no session', transport: 'socket.io' });
  });

  it('exposes the named metrics and counts moves per transport', async () => {
    const before = await scrape();
    expect(before.status).toBe(200);
    for (const name of [
      'dealflow_trpc_mutation_duration_seconds',
      'dealflow_broadcast_emit_duration_seconds',
      'dealflow_forecast_run_duration_seconds',
      'dealflow_socketio_connected_sockets',
      'dealflow_db_pool_max_connections',
      'process_cpu_user_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(before.text).toContain(`# TYPE ${name} `);
    }
    const labels = (transport: string) => ({ procedure: 'opportunity.move', transport, outcome: 'ok' });
    const count = 'dealflow_trpc_mutation_duration_seconds_count';
    const httpBefore = sample(before.text, count, labels('http')) ?? 0;

    const moved = await app.call('mutation', 'opportunity.move', move(1, 60), cookie);
    expect(moved.status).toBe(200);
    const headers = { cookie, origin: app.baseUrl };
    class CookieWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    const wsClient = createWSClient({ url: `${app.baseUrl.replace(/^http/, 'ws')}${TRPC_WS_PATH}`, WebSocket: CookieWebSocket as unknown as typeof globalThis.WebSocket });
    try {
      const trpc = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient, transformer: superjson })] });
      await trpc.opportunity.move.mutate(move(2, 80));
    } finally {
      await wsClient.close();
    }

    const after = (await scrape()).text;
    expect(sample(after, count, labels('http'))).toBe(httpBefore + 1);
    expect(sample(after, count, labels('ws'))).toBe(1);
    expect(sample(after, 'dealflow_broadcast_emit_duration_seconds_count', { event: 'board:card' })).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'dealflow_db_pool_max_connections', { driver: db.driver })).toBe(db.driver === 'pglite' ? 1 : 10);
    // the scrape's own query is one active connection
    if (db.driver === 'postgres') expect(sample(after, 'dealflow_db_server_connections', { state: 'active' })).toBeGreaterThanOrEqual(1);
  });

  it('times forecast runs', async () => {
    const manager = await app.signIn(org.byRole.manager.email, FIXTURE_PASSWORD);
    const runs = (text: string) => sample(text, 'dealflow_forecast_run_duration_seconds_count', { outcome: 'stored' }) ?? 0;
    const before = runs((await scrape()).text);
    expect((await app.call('mutation', 'forecast.recompute', undefined, manager)).status).toBe(200);
    await expect.poll(async () => runs((await scrape()).text)).toBe(before + 1);
  });

  it('refuses scrapers that are not on loopback unless they bring the token', async () => {
    expect((await scrape({ 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
    expect((await scrape({ 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer wrong' })).status).toBe(401);
  });
});
