import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PASSWORD, createOrgFixture } from '~/db/testing/fixtures';
import { createTestDb } from '~/db/testing/test-db';
import { MAX_TRPC_BODY_BYTES } from '~/server/create-server';
import { MAX_UPLOAD_BYTES } from '~/server/http/read-upload';
import { MAX_SOCKET_FRAME_BYTES } from '~/server/realtime/io';
import { connectSocket } from '~/server/testing/connect-socket';
import { streamBody } from '~/server/testing/stream-body';
import { startTestServer } from '~/server/testing/test-server';
import { openRawTrpcWs } from '~/server/testing/trpc-ws-client';
import { MAX_AUTH_BODY_BYTES } from './auth-request-guard';

const MB = 1024 * 1024;

/** Oversized bodies, frames and messages are refused early with a clear answer, and the server stays up. */
describe('size limits', () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let app: Awaited<ReturnType<typeof startTestServer>>;
  let cookie: string;
  beforeAll(async () => {
    db = await createTestDb();
    app = await startTestServer(db);
    const a = await createOrgFixture(db.db, 'alpha', ['rep']);
    cookie = await app.signIn(a.byRole.rep.email, FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });
  const headers = () => ({ cookie, origin: app.baseUrl, 'content-type': 'application/json' });

  it('refuses a declared 10 MB tRPC body with 413 before reading it, in the tRPC error format', async () => {
    const answer = await streamBody(`${app.baseUrl}/api/trpc/customer.create`, headers(), 10 * MB, { declareLength: true });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { json: { message: 'The request is larger than 1024 KB: send less data at once.', data: { code: 'PAYLOAD_TOO_LARGE' } } } });
    expect(answer.sentBytes).toBeLessThan(10 * MB);
  });

  it('answers 413 to a chunked 10 MB tRPC body once past 1 MiB, and stops reading it: a client that goes on sending is cut off', async () => {
    const answer = await streamBody(`${app.baseUrl}/api/trpc/customer.create`, headers(), 10 * MB);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { json: { data: { code: 'PAYLOAD_TOO_LARGE' } } } });
    expect(MAX_TRPC_BODY_BYTES).toBe(MB);
    // A client that ignores the answer and keeps sending 64 MB: the server closes the connection instead of reading it all
    // (what got through is what the loopback buffers took before the close, a few MB).
    const hostile = await streamBody(`${app.baseUrl}/api/trpc/customer.create`, headers(), 64 * MB, { ignoreAnswer: true });
    expect([0, 413]).toContain(hostile.status);
    expect(hostile.sentBytes).toBeLessThan(32 * MB);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });

  it('refuses a 10 MB auth body (declared or chunked) with 413 and a message', async () => {
    for (const declareLength of [true, false]) {
      const answer = await streamBody(`${app.baseUrl}/api/auth/sign-in/email`, headers(), 10 * MB, { declareLength });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: `The request is larger than ${MAX_AUTH_BODY_BYTES / 1024} KB.` });
      expect(answer.sentBytes).toBeLessThan(10 * MB);
    }
  });

  it('refuses a 200 MB CSV upload: 413 before the body when declared, cut off after 10 MB when streamed', async () => {
    const url = `${app.baseUrl}/api/import/customers/preview`;
    const csvHeaders = { cookie, origin: app.baseUrl, 'content-type': 'text/csv' };
    const heapBefore = process.memoryUsage().heapUsed;
    // As a browser sends a file: Content-Length declared. The answer comes before the body.
    const declared = await streamBody(url, csvHeaders, 200 * MB, { declareLength: true });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/larger than 10 MB/) } });
    expect(declared.sentBytes).toBeLessThan(MAX_UPLOAD_BYTES);
    // Chunked, no length: the server stops once 10 MB have passed. It answers 413 and closes the
    // connection; a client still sending may see the reset before it reads the answer (status 0).
    const streamed = await streamBody(url, csvHeaders, 200 * MB);
    expect([0, 413]).toContain(streamed.status);
    expect(streamed.sentBytes).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(streamed.sentBytes).toBeLessThan(100 * MB);
    // Client and server share this process: neither kept the body.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(60 * MB);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    console.info(`[size] 200 MB upload: declared → 413 after ${(declared.sentBytes / MB).toFixed(1)} MB sent; chunked → ${streamed.status || 'reset'} after ${(streamed.sentBytes / MB).toFixed(1)} MB`);
  });

  it('closes a socket.io connection that sends a frame over the limit; the client sees a transport close and may reconnect', async () => {
    const socket = await connectSocket(app.baseUrl, cookie);
    const reason = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    socket.emit('board:watch', { board: 'x'.repeat(MAX_SOCKET_FRAME_BYTES + 1024) });
    expect(await reason).toBe('transport close');
    const again = await connectSocket(app.baseUrl, cookie);
    expect(await again.emitWithAck('board:watch', { board: 'probability' })).toEqual({ ok: true });
    again.close();
  });

  it('closes a tRPC WebSocket that sends a message over 1 MB with 1009 (message too big)', async () => {
    const ws = await openRawTrpcWs(app.baseUrl, cookie);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
    ws.send(JSON.stringify({ id: 1, method: 'mutation', params: { path: 'customer.create', input: { json: { legalName: 'x'.repeat(2 * MB) } } } }));
    expect(await closed).toEqual({ code: 1009, reason: '' });
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });
});
