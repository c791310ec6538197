import type { Socket } from 'socket.io-client';
import type { TDbHandle } from '~/db/client';
import { createOrgFixture, FIXTURE_PASSWORD } from '~/db/testing/fixtures';
import { connectSocket } from '~/server/testing/connect-socket';
import { startTestServer } from '~/server/testing/test-server';
import { censusDiff, realtimeCensus, type TCensus } from './census';
import type { TSoakClient } from './cycles';

/**
 * The soak's server (the real one, no Next) over `handle`: two organizations,
 * four signed-in users (cycles rotate over them), boards by probability and
 * by stage.
 */
export async function startSoakServer(handle: TDbHandle) {
  const app = await startTestServer(handle);
  const alpha = await createOrgFixture(handle.db, 'soak-alpha', ['manager', 'rep', 'viewer']);
  const beta = await createOrgFixture(handle.db, 'soak-beta', ['rep']);
  const people = [
    { email: alpha.byRole.manager.email, board: 'probability' },
    { email: alpha.byRole.rep.email, board: `stage:${alpha.stage.id}` },
    { email: alpha.byRole.viewer.email, board: 'probability' },
    { email: beta.byRole.rep.email, board: `stage:${beta.stage.id}` },
  ];
  const clients: TSoakClient[] = [];
  for (const p of people) clients.push({ baseUrl: app.baseUrl, cookie: await app.signIn(p.email, FIXTURE_PASSWORD), board: p.board });
  return { app, clients };
}

/** Sockets that stay on their boards for the whole soak, so board rooms are not empty at baseline. */
export async function openResidents(clients: TSoakClient[]): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (const client of clients) {
    const socket = await connectSocket(client.baseUrl, client.cookie);
    const answer = (await socket.emitWithAck('board:watch', { board: client.board })) as { ok: boolean };
    if (!answer.ok) throw new Error('resident could not watch its board');
    sockets.push(socket);
  }
  return sockets;
}

/**
 * Polls `census` until it equals `baseline` or `timeoutMs` passes
 * (disconnects are processed asynchronously); returns the remaining
 * differences (empty when back to baseline) and how long it took.
 */
export async function settleToBaseline(census: () => Promise<TCensus> | TCensus, baseline: TCensus, timeoutMs = 10_000) {
  const started = Date.now();
  for (;;) {
    const now = await census();
    const diff = censusDiff(baseline, now);
    if (diff.length === 0 || Date.now() - started > timeoutMs) return { diff, final: now, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export { realtimeCensus };
