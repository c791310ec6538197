import { randomUUID } from 'node:crypto';
import { CATCH_UP_LIMIT } from '~/server/services/board/catch-up';
import { closeClients, openClients } from '../lib/clients';
import { awaitConvergence } from '../lib/converge';
import type { TFaultClient } from '../lib/fault-client';
import { runLoad } from '../lib/load';
import { hotSet, type TFaultTarget } from '../lib/target';

/** One reconnect case: how much the client missed and how it came back. */
export type TReconnectCase = {
  name: string;
  /** How long the client was away (ms). */
  gapMs: number;
  /** Board changes committed while the client was away. */
  missed: number;
  /** From the socket reconnecting until the client had caught up (ms). */
  catchUpMs: number;
  reloaded: boolean;
  converged: boolean;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Item 5: a watching client drops its connection while others move cards,
 * then comes back: after gaps of `gapsMs`; a client that never received an
 * event before the drop; a reconnect across a server restart; and a gap of
 * more changed cards than catch-up serves (CATCH_UP_LIMIT), which must make
 * the client reload the board. Needs more than CATCH_UP_LIMIT cards beyond
 * the `hotCards` the movers use.
 */
export async function runReconnects(target: TFaultTarget, plan: { gapsMs: number[]; movers: number; hotCards: number }): Promise<TReconnectCase[]> {
  let server = await target.start();
  const cookies = await target.cookies();
  const movers = await openClients(target.baseUrl, cookies, plan.movers, 'm');
  const [observer] = await openClients(target.baseUrl, cookies, 1, 'observer');
  const cases: TReconnectCase[] = [];
  const hot = hotSet(target, plan.hotCards);
  const opened: TFaultClient[] = [...movers, observer!];

  /** Drops `client`, runs `whileAway`, reconnects, waits for its catch-up and for it to equal the database. */
  async function away(client: TFaultClient, name: string, whileAway: () => Promise<void>) {
    const seqBefore = client.state.seq;
    const reloadsBefore = client.stats.reloads;
    client.dropConnection();
    const droppedAt = performance.now();
    await whileAway();
    const gapMs = performance.now() - droppedAt;
    client.reconnect();
    const episode = client.reconnects.at(-1)!;
    while (episode.caughtUpAt === undefined) await sleep(20);
    const converged = await awaitConvergence([client], observer!, 10_000);
    cases.push({
      name,
      gapMs,
      missed: converged.seq - seqBefore,
      catchUpMs: episode.caughtUpAt - episode.connectedAt!,
      reloaded: client.stats.reloads > reloadsBefore,
      converged: converged.diverged.length === 0,
    });
  }
  const loadFor = async (ms: number) => {
    let stop = false;
    const load = runLoad(movers, Number.MAX_SAFE_INTEGER, { hot, stop: () => stop, pauseMs: 20 });
    await sleep(ms);
    stop = true;
    await load;
  };

  try {
    const [fresh] = await openClients(target.baseUrl, cookies, 1, 'fresh');
    opened.push(fresh!);
    if (fresh!.stats.events !== 0) throw new Error('the fresh client received an event before its drop');
    await away(fresh!, 'never received an event before the drop', () => loadFor(1000));

    const [watcher] = await openClients(target.baseUrl, cookies, 1, 'watcher');
    opened.push(watcher!);
    await loadFor(500);
    for (const gapMs of plan.gapsMs) await away(watcher!, `gap of ${gapMs / 1000} s`, () => loadFor(gapMs));

    await away(watcher!, 'across a server restart', async () => {
      await loadFor(300);
      await server.stop();
      server = await target.start();
      await loadFor(300);
    });

    const beyond = target.org.cards.slice(plan.hotCards, plan.hotCards + CATCH_UP_LIMIT + 5);
    await away(watcher!, `more than ${CATCH_UP_LIMIT} changed cards (reload)`, () => moveEach(movers, beyond));
    return cases;
  } finally {
    await closeClients(opened).catch(() => {});
    await server.kill();
  }
}

/** Moves every card in `cards` once (to 90 %), spread over the movers. */
async function moveEach(movers: readonly TFaultClient[], cards: readonly { id: string; version: number; rank: string }[]) {
  let next = 0;
  await Promise.all(
    movers.map(async (mover) => {
      while (next < cards.length) {
        const card = cards[next++]!;
        const held = mover.state.cards.get(card.id) ?? card;
        await mover.trpc.opportunity.move.mutate({ id: card.id, version: held.version, target: { kind: 'band', probability: 90 }, rank: held.rank, clientMutationId: randomUUID() });
      }
    }),
  );
}
