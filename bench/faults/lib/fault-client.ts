import { io as connect, type Socket } from 'socket.io-client';
import { keepReconnecting } from '~/app/_lib/realtime/keep-reconnecting';
import { SOCKET_RECONNECTION } from '~/app/_lib/realtime/reconnect-settings';
import { applyCard, applyCatchUp, catchUpDue, fromSnapshot, oweCatchUp, receiveEvent, type TBoardSyncState } from '~/domain/board/board-sync';
import type { TBoardCard } from '~/domain/board/card';
import { CARD_EVENT, type TCardEvent } from '~/server/services/board/move-opportunity';
import { openAppClient } from '../../lib/app-client';

/** The app's socket.io reconnection settings (shared with socket-provider.tsx), websocket only as Node has no cookies for polling. */
const SOCKET_OPTIONS = { ...SOCKET_RECONNECTION, transports: ['websocket'], forceNew: true };
/** How often the client checks whether a catch-up is due (as use-board-feed.ts). */
const CHECK_EVERY_MS = 500;
const CONNECT_WITHIN_MS = 30_000;
/** As use-board-feed.ts: a catch-up that hangs must not block the next ones. */
const CATCH_UP_TIMEOUT_MS = 10_000;

/** One drop and what followed (performance.now() ms). */
export type TReconnect = { droppedAt: number; connectedAt?: number; caughtUpAt?: number; reloaded?: boolean };

/**
 * A simulated browser tab on the probability board: the app's tRPC links,
 * a socket.io connection with the app's reconnection settings, and a board
 * state kept with the app's own pure sync functions (domain/board/board-sync),
 * catching up exactly when use-board-feed.ts does: after a reconnect, when a
 * sequence gap stays open, periodically; reloading when told to.
 */
export async function createFaultClient(baseUrl: string, cookie: string, name: string) {
  const { client: trpc, close: closeTrpc } = openAppClient(baseUrl, cookie);
  let state: TBoardSyncState = fromSnapshot(await trpc.board.get.query({ board: 'probability' }), [], performance.now());
  const reconnects: TReconnect[] = [];
  const stats = { events: 0, catchUps: 0, reloads: 0, failedCatchUps: 0 };
  let catchingUp: Promise<void> | null = null;
  let closed = false;

  const socket: Socket = connect(baseUrl, { ...SOCKET_OPTIONS, extraHeaders: { cookie } });
  const stopRetrying = keepReconnecting(socket);
  socket.on(CARD_EVENT, (event: TCardEvent) => {
    stats.events += 1;
    state = receiveEvent(state, { card: event.card, seq: event.seq }, performance.now());
  });
  socket.on('disconnect', () => {
    if (!closed) reconnects.push({ droppedAt: performance.now() });
  });
  socket.on('connect', () => {
    socket.emit('board:watch', { board: 'probability' });
    const episode = reconnects.at(-1);
    if (!episode || episode.connectedAt !== undefined) return;
    episode.connectedAt = performance.now();
    state = oweCatchUp(state);
    void catchUp();
  });
  // A busy server may time out a handshake: socket.io retries by itself, as in the browser.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no socket connection within ${CONNECT_WITHIN_MS} ms`)), CONNECT_WITHIN_MS);
    socket.once('connect', () => (clearTimeout(timer), resolve()));
  });
  const timer = setInterval(() => {
    if (socket.connected && catchUpDue(state, performance.now())) void catchUp();
  }, CHECK_EVERY_MS);

  /** `board.catchUp` from the watermark, or a reload when told so or when catch-up fails (as the app does). */
  function catchUp(): Promise<void> {
    catchingUp ??= (async () => {
      const reload = async () => {
        stats.reloads += 1;
        const snapshot = await trpc.board.get.query({ board: 'probability' }, { signal: AbortSignal.timeout(CATCH_UP_TIMEOUT_MS) });
        state = fromSnapshot(snapshot, state.recent, performance.now());
      };
      try {
        stats.catchUps += 1;
        const result = await trpc.board.catchUp.query({ sinceSeq: state.seq }, { signal: AbortSignal.timeout(CATCH_UP_TIMEOUT_MS) });
        if (result.reload) await reload();
        else state = applyCatchUp(state, result, performance.now());
      } catch {
        stats.failedCatchUps += 1;
        await reload().catch(() => {});
      }
      // The latest reconnect counts as caught up once a catch-up (or reload) succeeded after it.
      const episode = reconnects.at(-1);
      if (!state.owed && episode?.connectedAt !== undefined && episode.caughtUpAt === undefined) episode.caughtUpAt = performance.now();
    })().finally(() => (catchingUp = null));
    return catchingUp;
  }

  return {
    name,
    trpc,
    socket,
    reconnects,
    stats,
    get state() {
      return state;
    },
    /** What a report needs to explain a client that did not converge. */
    diagnose: () => ({ connected: socket.connected, seq: state.seq, ahead: state.ahead.length, gapSince: state.gapSince, catchingUp: catchingUp !== null, ...stats }),
    /** A card state from a mutation answer or a CONFLICT, applied as the app does (version-guarded). */
    apply(card: TBoardCard) {
      state = applyCard(state, card);
    },
    catchUp,
    /** Drops the socket.io connection (the tab goes offline) until `reconnect()`. */
    dropConnection() {
      socket.disconnect();
    },
    reconnect() {
      socket.connect();
    },
    async close() {
      closed = true;
      clearInterval(timer);
      stopRetrying();
      socket.close();
      await catchingUp?.catch(() => {});
      await closeTrpc();
    },
  };
}

export type TFaultClient = Awaited<ReturnType<typeof createFaultClient>>;
