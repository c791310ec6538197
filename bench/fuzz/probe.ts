import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { TCardEvent } from '~/server/services/board/move-opportunity';
import type { createTestWsClient } from '~/server/testing/trpc-ws-client';
import { monoMs, sleep } from '../lib/clock';

type TCard = { id: string; version: number; rank: string };

/**
 * Another client's experience while the fuzzer runs: a mover moves its own
 * card over the tRPC WebSocket every `intervalMs`, and a watcher socket
 * times each move from just before the call to the 'board:card' event.
 * `run(until)` moves until `until()` says stop and returns the latencies (ms);
 * `lost` counts moves whose event never came (5 s).
 */
export function createProbe(client: ReturnType<typeof createTestWsClient>['client'], watcher: Socket, card: TCard, intervalMs: number) {
  let version = card.version;
  const waiting = new Map<number, (at: number) => void>();
  watcher.on('board:card', (event: TCardEvent) => {
    if (event.card.id === card.id) waiting.get(event.card.version)?.(monoMs());
  });
  let lost = 0;
  async function moveOnce(): Promise<number | null> {
    const next = version + 1;
    const arrived = new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 5000);
      waiting.set(next, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
    const t0 = monoMs();
    const result = await client.opportunity.move.mutate({ id: card.id, version, target: { kind: 'band', probability: next % 2 ? 40 : 60 }, rank: card.rank, clientMutationId: randomUUID() });
    version = result.card.version;
    const at = await arrived;
    waiting.delete(next);
    if (at === null) lost += 1;
    return at === null ? null : at - t0;
  }
  return {
    get lost() {
      return lost;
    },
    async run(until: () => boolean): Promise<number[]> {
      const latencies: number[] = [];
      while (!until()) {
        const started = monoMs();
        const latency = await moveOnce();
        if (latency !== null) latencies.push(latency);
        await sleep(Math.max(0, intervalMs - (monoMs() - started)));
      }
      return latencies;
    },
  };
}
