import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import type { z } from 'zod';
import { problemWith } from './check-answer';
import type { TFuzzTally } from './fuzz-procedures';
import type { TIdPool } from './hostile-values';
import { zodArbitrary } from './zod-arbitrary';

type TAck = { ok?: unknown; code?: unknown; message?: unknown };

/** The refusals socket handlers answer with, as HTTP statuses; any other code (or none) counts as a server failure. */
const STATUS_OF_CODE: Record<string, number> = { INVALID_INPUT: 400, FORBIDDEN: 403, TOO_MANY_DRAGS: 429, RATE_LIMITED: 429 };

/** HTTP-like status of an ack, so socket answers share the tally and the checks of procedure answers. */
function statusOf(ack: TAck): number {
  if (ack?.ok === true) return 200;
  return (typeof ack?.code === 'string' && STATUS_OF_CODE[ack.code]) || 500;
}

/**
 * Emits generated payloads (and a few fixed hostile ones, including no
 * payload) for one socket.io event, each with an ack, and checks every ack:
 * `{ ok: true }` or `{ ok: false, code, message }` with a readable message,
 * within 5 s. Answers are paced to stay under the per-socket flood limit.
 */
export async function fuzzSocketEvent(opts: { socket: Socket; event: string; schema: z.ZodType; ids: TIdPool; tally: TFuzzTally; numRuns: number; seed: number; paceMs?: number }) {
  const { socket, tally } = opts;
  const fixed: unknown[] = [undefined, JSON.parse('{"__proto__":{"isAdmin":true},"board":"probability"}'), { board: 'x'.repeat(50_000) }];
  const inputs = [...fixed, ...fc.sample(zodArbitrary(opts.schema, { ids: opts.ids, hostileShare: 0.2, hugeChars: 20_000 }), { numRuns: opts.numRuns, seed: opts.seed })];
  for (const input of inputs) {
    tally.cases += 1;
    let ack: TAck;
    try {
      ack = (await socket.timeout(5000).emitWithAck(opts.event, input)) as TAck;
    } catch (error) {
      ack = { ok: false, code: 'NO_ACK', message: (error as Error).message };
    }
    const status = statusOf(ack);
    tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
    const problem = problemWith({ status, code: status === 429 ? 'TOO_MANY_REQUESTS' : status === 403 ? 'FORBIDDEN' : 'BAD_REQUEST', message: ack?.message });
    const wrong = status === 500 ? `ack ${JSON.stringify(ack).slice(0, 200)}` : problem;
    if (wrong) tally.failures.push({ path: opts.event, label: 'socket.io rep', problem: wrong, input: JSON.stringify(input ?? null).slice(0, 300) });
    await new Promise((resolve) => setTimeout(resolve, opts.paceMs ?? 25));
  }
}
