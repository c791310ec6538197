import superjson from 'superjson';
import type { TDbHandle } from '~/db/client';
import { getBoard } from '~/server/services/board/get-board';
import { monoMs } from '../../lib/clock';

/**
 * The board service called in-process (its read transaction and row mapping;
 * no HTTP, no session lookup), then the superjson serialization tRPC applies
 * to its answer. Durations in milliseconds; `bytes` is the serialized JSON size.
 */
export async function serviceBoards(handle: TDbHandle, input: { organizationId: string; iterations: number }) {
  const ms: number[] = [];
  const serializeMs: number[] = [];
  let cards = 0;
  let bytes = 0;
  for (let i = 0; i < input.iterations; i++) {
    const t0 = monoMs();
    const board = await getBoard(handle.db, input.organizationId, 'probability');
    const t1 = monoMs();
    const serialized = superjson.serialize(board);
    serializeMs.push(monoMs() - t1);
    ms.push(t1 - t0);
    cards = board.cards.length;
    bytes = Buffer.byteLength(JSON.stringify(serialized));
  }
  return { ms, serializeMs, cards, bytes };
}
