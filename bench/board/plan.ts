/** How much each benchmark does; `quick` is a smoke run of a few seconds. */
export type TPlan = {
  /**
   * `moves` per listener count: a p99 of 200 moves rests on its 2-3 slowest moves (the 50 or 200
   * receipts of one move are not independent), and the N = 50 ratio swung between 2.33x and 2.91x
   * across runs of unchanged code; 1,000 moves put it on the slowest 10.
   */
  propagation: { listenerCounts: number[]; pgliteListenerCounts: number[]; moves: number; warmup: number };
  /**
   * `cpuOps`: operations per server-CPU measurement. `warmup`: interleaved rounds not
   * counted, so the p50s describe a server whose hot paths V8 has optimized (as after a
   * few minutes of use), not its first calls; both sides of the ratio get the same rounds.
   */
  roundTrip: { iterations: number; warmup: number; cpuOps: number };
  /** Steps stop after `maxFailedSteps` failing steps in a row. */
  sustained: { movers: number; listeners: number; rates: number[]; stepSeconds: number; maxFailedSteps: number };
  board: { cards: number; iterations: number; warmup: number; missedMoves: number; cpuOps: number };
};

const FULL: TPlan = {
  propagation: { listenerCounts: [1, 50, 200], pgliteListenerCounts: [1, 50], moves: 1000, warmup: 20 },
  roundTrip: { iterations: 200, warmup: 500, cpuOps: 50 },
  sustained: { movers: 20, listeners: 50, rates: [10, 25, 50, 100, 200, 400], stepSeconds: 5, maxFailedSteps: 2 },
  board: { cards: 5000, iterations: 15, warmup: 2, missedMoves: 100, cpuOps: 5 },
};

const QUICK: TPlan = {
  propagation: { listenerCounts: [1, 10], pgliteListenerCounts: [1], moves: 20, warmup: 5 },
  roundTrip: { iterations: 30, warmup: 5, cpuOps: 10 },
  sustained: { movers: 4, listeners: 5, rates: [20, 40], stepSeconds: 1, maxFailedSteps: 2 },
  board: { cards: 500, iterations: 5, warmup: 1, missedMoves: 20, cpuOps: 2 },
};

export const planFor = (quick: boolean): TPlan => (quick ? QUICK : FULL);

/** Cards the "live" organization needs: propagation, round trip (WebSocket, raw, service) and one per sustained mover. */
export const liveCardsFor = (plan: TPlan) => 4 + plan.sustained.movers;
