import { randomUUID } from 'node:crypto';
import { createTRPCClient, createWSClient, TRPCClientError, wsLink } from '@trpc/client';
import superjson from 'superjson';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useBoardWorld, type TWho } from '~/server/testing/board-world';
import type { TCardEvent } from '~/server/services/board/move-opportunity';
import type { AppRouter } from '~/server/trpc/root';
import { TRPC_WS_PATH } from './trpc-ws';

/** tRPC over WebSocket (the board's move path): same auth, roles and scoping as HTTP. */
describe('tRPC over WebSocket', () => {
  const world = useBoardWorld();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  const wsUrl = () => `${world.app.baseUrl.replace(/^http/, 'ws')}${TRPC_WS_PATH}`;

  /** Opens a raw upgrade and resolves with the HTTP status it got (101 when accepted). */
  const upgradeStatus = (headers: Record<string, string>) =>
    new Promise<number>((resolve) => {
      const ws = new WebSocket(wsUrl(), { headers });
      ws.once('open', () => {
        ws.close();
        resolve(101);
      });
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => resolve(-1));
    });

  async function clientFor(who: TWho) {
    const headers = { cookie: world.cookie[who], origin: world.app.baseUrl };
    class CookieWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    const wsClient = createWSClient({ url: wsUrl(), WebSocket: CookieWebSocket as unknown as typeof globalThis.WebSocket });
    closers.push(() => wsClient.close());
    return createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient, transformer: superjson })] });
  }

  const moveInput = (probability: number) => ({
    id: world.a.opportunity.id,
    version: 1,
    target: { kind: 'band' as const, probability },
    rank: 'a1',
    clientMutationId: randomUUID(),
  });

  it('moves a card and the other clients receive it', async () => {
    const watcher = await world.socketFor('manager');
    const received = new Promise<TCardEvent>((resolve) => watcher.once('board:card', resolve));
    const rep = await clientFor('rep');
    const result = await rep.opportunity.move.mutate(moveInput(75));
    expect(result.card).toMatchObject({ probability: 75, version: 2 });
    expect((await received).card).toMatchObject({ id: world.a.opportunity.id, probability: 75, version: 2 });
  });

  it('refuses upgrades without a session or from another origin', async () => {
    expect(await upgradeStatus({ origin: world.app.baseUrl })).toBe(401);
    expect(await upgradeStatus({ origin: 'https://evil.example', cookie: world.cookie.rep })).toBe(403);
    expect(await upgradeStatus({ origin: world.app.baseUrl, cookie: world.cookie.rep })).toBe(101);
  });

  it('applies roles and organization scoping per call', async () => {
    const viewer = await clientFor('viewer');
    const refused = await viewer.opportunity.move.mutate(moveInput(50)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<AppRouter>).data?.code).toBe('FORBIDDEN');
    const stranger = await clientFor('other');
    const hidden = await stranger.opportunity.move.mutate(moveInput(50)).catch((error: unknown) => error);
    expect((hidden as TRPCClientError<AppRouter>).data?.code).toBe('NOT_FOUND');
  });
});
