import { createRandom } from '~/domain/random';
import type { TFaultClient } from './fault-client';
import { randomMove, type TMoveRecord } from './moves';

/**
 * Every client moves cards one after another (as fast as the server answers)
 * until `total` moves were made between them or `stop()` returns true.
 * Deterministic card and band choices per client (seeded), timing is not.
 * `hot`: the card ids moves pick from (a small set makes moves conflict).
 */
export async function runLoad(clients: readonly TFaultClient[], total: number, opts: { seed?: number; stop?: () => boolean; pauseMs?: number; hot?: ReadonlySet<string> } = {}): Promise<TMoveRecord[]> {
  const moves: TMoveRecord[] = [];
  let started = 0;
  await Promise.all(
    clients.map(async (client, i) => {
      const random = createRandom(`${opts.seed ?? 1}:${i}`);
      while (started < total && !opts.stop?.()) {
        started += 1;
        const record = await randomMove(client, () => random.next(), opts.hot);
        if (record) moves.push(record);
        if (opts.pauseMs) await new Promise((r) => setTimeout(r, opts.pauseMs));
      }
    }),
  );
  return moves;
}
