import { CARD_EVENT, type TCardEvent } from '~/server/services/board/move-opportunity';
import { monoMs } from '../lib/clock';
import { createReceipts } from '../lib/receipts';
import { createListenerPool } from '../lib/socket-listeners';
import { summarize, type TSummary } from '../lib/stats';
import { createBenchClient } from '../lib/trpc-client';
import { cardKey, createMover } from './mover';
import type { TPlan } from './plan';
import type { TBenchTarget } from './target';

/** One listener count: per (move, client) latencies of real moves and of raw broadcasts; `samples` are the moves' (for pooling windows). */
export type TPropagationRow = { listeners: number; moves: number; payloadBytes: number; propagation: TSummary; raw: TSummary; samples: number[] };

/**
 * Propagation: from just before the `opportunity.move` call (tRPC over WebSocket, as in the browser) until each
 * subscribed client has the 'board:card' event, against a plain room
 * broadcast of a same-sized payload emitted inside the server process (from
 * just before `io.to(room).emit`). Moves and broadcasts alternate, one at a
 * time, so both see the same machine state.
 */
export async function measurePropagation(target: TBenchTarget, plan: TPlan['propagation']): Promise<TPropagationRow[]> {
  const { org, repCookie, managerCookie } = target.live;
  const receipts = createReceipts();
  const pool = createListenerPool(target.baseUrl, managerCookie, CARD_EVENT, (event: TCardEvent, at) => receipts.add(cardKey(event.card), at));
  const mover = createMover(await createBenchClient(target.baseUrl, repCookie), org.cards[0]!);
  let template: TCardEvent | undefined;
  let rawCount = 0;

  async function timedMove(listeners: number): Promise<number[]> {
    const key = mover.nextKey();
    const t0 = monoMs();
    const { card, seq } = await mover.move();
    template = { card, seq, actorId: org.rep.userId, actorName: org.rep.name, kind: 'moved' };
    await receipts.waitFor(key, listeners);
    return receipts.take(key).map((at) => at - t0);
  }

  /** The last move's event with a negative version, so its key cannot collide with a real one. */
  async function timedBroadcast(listeners: number): Promise<number[]> {
    const payload: TCardEvent = { ...template!, card: { ...template!.card, version: -++rawCount } };
    const key = cardKey(payload.card);
    const { t0 } = await target.server.call('emit', { organizationId: org.organizationId, event: CARD_EVENT, payload });
    await receipts.waitFor(key, listeners);
    return receipts.take(key).map((at) => at - t0);
  }

  const rows: TPropagationRow[] = [];
  try {
    for (const listeners of listenerCountsFor(target, plan)) {
      await pool.growTo(listeners);
      const moved: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < plan.warmup + plan.moves; i++) {
        const m = await timedMove(listeners);
        const r = await timedBroadcast(listeners);
        if (i < plan.warmup) continue;
        moved.push(...m);
        raw.push(...r);
      }
      const payloadBytes = Buffer.byteLength(JSON.stringify(template));
      rows.push({ listeners, moves: plan.moves, payloadBytes, propagation: summarize(moved), raw: summarize(raw), samples: moved });
    }
  } finally {
    pool.closeAll();
  }
  return rows;
}

/** PGlite runs fewer client counts: its figures are informative, the goals are checked on Postgres. */
export const listenerCountsFor = (target: Pick<TBenchTarget, 'driver'>, plan: TPlan['propagation']) =>
  target.driver === 'pglite' ? plan.pgliteListenerCounts : plan.listenerCounts;
