import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import { io as connect } from 'socket.io-client';
import WebSocket from 'ws';

/**
 * One connection's life in the soak:
 * - `full`: socket.io connect (session cookie), join a board (`board:watch`, acked), disconnect;
 * - `watch-drop`: connect, send `board:watch` and disconnect at once, without
 *   waiting for the ack (the join races the disconnect through the flood guard);
 * - `mid-auth`: raw engine.io websocket, send the socket.io CONNECT packet and
 *   drop the TCP connection while the server checks the session;
 * - `mid-upgrade`: drop the TCP connection right after writing the HTTP
 *   upgrade request, before any answer (before the engine.io handshake).
 */
export type TCycleKind = 'full' | 'watch-drop' | 'mid-auth' | 'mid-upgrade';

export type TSoakClient = { baseUrl: string; cookie: string; board: string };

const CYCLE_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${CYCLE_TIMEOUT_MS} ms`)), CYCLE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function fullCycle(client: TSoakClient, waitForAck: boolean): Promise<void> {
  const socket = connect(client.baseUrl, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie: client.cookie, origin: client.baseUrl } });
  try {
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      }),
      'connect',
    );
    if (!waitForAck) {
      socket.emit('board:watch', { board: client.board });
      return;
    }
    const answer = await withTimeout(socket.emitWithAck('board:watch', { board: client.board }) as Promise<{ ok: boolean; message?: string }>, 'board:watch');
    if (!answer.ok) throw new Error(`board:watch refused: ${answer.message}`);
  } finally {
    socket.disconnect();
  }
}

/** Raw engine.io websocket: sends the socket.io CONNECT packet and drops the connection while the server checks the session. */
function midAuthCycle(client: TSoakClient): Promise<void> {
  const url = `${client.baseUrl.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
  return withTimeout(
    new Promise<void>((resolve) => {
      const ws = new WebSocket(url, { headers: { cookie: client.cookie, origin: client.baseUrl } });
      ws.on('error', () => {}); // a dropped connection may report an error: expected
      ws.once('close', () => resolve());
      ws.once('message', (data) => {
        // engine.io "open" packet ("0{...}") → socket.io CONNECT to "/" ("40"), then drop
        if (String(data).startsWith('0')) ws.send('40', () => ws.terminate());
        else ws.terminate();
      });
    }),
    'mid-auth',
  );
}

/** Writes a complete websocket upgrade request on a bare TCP connection and destroys it at once, before any answer. */
function midUpgradeCycle(client: TSoakClient): Promise<void> {
  const { hostname, port } = new URL(client.baseUrl);
  const request = [
    'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1',
    `Host: ${hostname}:${port}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    `Origin: ${client.baseUrl}`,
    `Cookie: ${client.cookie}`,
    '',
    '',
  ].join('\r\n');
  return withTimeout(
    new Promise<void>((resolve) => {
      const socket = createConnection({ host: hostname, port: Number(port) }, () => socket.write(request, () => socket.destroy()));
      socket.on('error', () => {});
      socket.once('close', () => resolve());
    }),
    'mid-upgrade',
  );
}

/** Runs one cycle of `kind`. */
export function runCycle(kind: TCycleKind, client: TSoakClient): Promise<void> {
  if (kind === 'full' || kind === 'watch-drop') return fullCycle(client, kind === 'full');
  return kind === 'mid-auth' ? midAuthCycle(client) : midUpgradeCycle(client);
}

const MIX: TCycleKind[] = ['full', 'full', 'full', 'full', 'full', 'watch-drop', 'mid-auth', 'mid-auth', 'mid-auth', 'mid-upgrade'];

/** The kind of cycle number `i`: in every 10, 5 full, 1 watch-drop, 3 mid-auth, 1 mid-upgrade. */
export const cycleKindOf = (i: number): TCycleKind => MIX[i % MIX.length]!;

export type TCycleTotals = Record<TCycleKind, number> & { failed: number; firstError?: string };

/**
 * Runs `cycles` cycles with `parallel` concurrent loops, spreading them over
 * the clients (several users, so per-user flood limits are not what is
 * measured). A failed cycle is counted, not retried.
 */
export async function runCycles(clients: TSoakClient[], opts: { cycles: number; parallel: number; onProgress?: (done: number) => void }): Promise<TCycleTotals> {
  const totals: TCycleTotals = { full: 0, 'watch-drop': 0, 'mid-auth': 0, 'mid-upgrade': 0, failed: 0 };
  let next = 0;
  let done = 0;
  async function loop() {
    for (let i = next++; i < opts.cycles; i = next++) {
      const kind = cycleKindOf(i);
      try {
        await runCycle(kind, clients[i % clients.length]!);
        totals[kind] += 1;
      } catch (error) {
        totals.failed += 1;
        totals.firstError ??= `${kind}: ${error instanceof Error ? error.message : String(error)}`;
      }
      done += 1;
      if (done % 1000 === 0) opts.onProgress?.(done);
    }
  }
  await Promise.all(Array.from({ length: opts.parallel }, loop));
  return totals;
}
