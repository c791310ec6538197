import { measureBoardLoad, type TBoardLoadResult } from './board-load';
import { measureCatchUp, type TCatchUpResult } from './catch-up';
import type { TPlan } from './plan';
import { listenerCountsFor, measurePropagation, type TPropagationRow } from './propagation';
import { measureRoundTrip, type TRoundTripResult } from './round-trip';
import { measureSustained, type TSustainedResult } from './sustained';
import type { TBenchTarget } from './target';

/** Everything measured on one database driver. */
export type TDriverResults = {
  driver: TBenchTarget['driver'];
  dbVersion: string;
  roundTrip: TRoundTripResult;
  propagation: TPropagationRow[];
  sustained?: TSustainedResult;
  boardLoad: TBoardLoadResult;
  catchUp: TCatchUpResult;
};

/**
 * Runs the benchmarks one after another (never concurrently) on one target.
 * Round trips come first, with no socket clients connected; catch-up last,
 * because it changes the big board.
 */
export async function runSuite(target: TBenchTarget, plan: TPlan, opts: { sustained: boolean }, log: (line: string) => void): Promise<TDriverResults> {
  log(`[${target.driver}] move round trip`);
  const roundTrip = await measureRoundTrip(target, plan.roundTrip);
  log(`[${target.driver}] propagation (${listenerCountsFor(target, plan.propagation).join(', ')} listeners)`);
  const propagation = await measurePropagation(target, plan.propagation);
  let sustained: TSustainedResult | undefined;
  if (opts.sustained) {
    log(`[${target.driver}] sustained load (${plan.sustained.rates.join(', ')} moves/s)`);
    sustained = await measureSustained(target, plan.sustained);
  }
  log(`[${target.driver}] board load (${plan.board.cards} cards)`);
  const boardLoad = await measureBoardLoad(target, plan.board);
  log(`[${target.driver}] catch-up (${plan.board.missedMoves} missed moves)`);
  const catchUp = await measureCatchUp(target, plan.board);
  return { driver: target.driver, dbVersion: target.dbVersion, roundTrip, propagation, sustained, boardLoad, catchUp };
}
