import { monoMs } from '../lib/clock';
import { summarize, type TSummary } from '../lib/stats';
import { createBenchClient } from '../lib/trpc-client';
import { createMover } from './mover';
import type { TPlan } from './plan';
import type { TBenchTarget } from './target';

export type TCatchUpResult = { cards: number; missedMoves: number; catchUp: TSummary; boardGet: TSummary };

/**
 * Catch-up: a client that saw the board at sequence S misses `missedMoves`
 * moves (each of a different card), then asks `board.catchUp({ sinceSeq: S })`;
 * compared with reloading the whole board (`board.get`). Both over HTTP,
 * alternated call by call. Runs after the board-load benchmark on the same
 * organization, so it must be the last user of the big board.
 */
export async function measureCatchUp(target: TBenchTarget, plan: TPlan['board']): Promise<TCatchUpResult> {
  const { org, repCookie } = target.big;
  const client = await createBenchClient(target.baseUrl, repCookie);
  const { seq: sinceSeq } = await client.board.get.query({ board: 'probability' });
  for (const card of org.cards.slice(0, plan.missedMoves)) await createMover(client, card).move();

  const catchUp: number[] = [];
  const boardGet: number[] = [];
  for (let i = 0; i < plan.warmup + plan.iterations; i++) {
    const t0 = monoMs();
    const missed = await client.board.catchUp.query({ sinceSeq });
    const catchUpMs = monoMs() - t0;
    if (missed.reload || missed.cards.length !== plan.missedMoves) throw new Error(`catch-up returned ${missed.cards.length} cards (reload: ${missed.reload})`);
    const t1 = monoMs();
    const board = await client.board.get.query({ board: 'probability' });
    const boardMs = monoMs() - t1;
    if (board.cards.length !== plan.cards) throw new Error(`board.get returned ${board.cards.length} cards`);
    if (i < plan.warmup) continue;
    catchUp.push(catchUpMs);
    boardGet.push(boardMs);
  }
  return { cards: plan.cards, missedMoves: plan.missedMoves, catchUp: summarize(catchUp), boardGet: summarize(boardGet) };
}
