import { CARD_EVENT, type TCardEvent } from '~/server/services/board/move-opportunity';
import { monoMs, sleep } from '../lib/clock';
import { createReceipts } from '../lib/receipts';
import { createListenerPool } from '../lib/socket-listeners';
import { summarize, type TSummary } from '../lib/stats';
import { createBenchClient } from '../lib/trpc-client';
import { cardKey, createMover, type TMover } from './mover';
import type { TPlan } from './plan';
import type { TBenchTarget } from './target';

/** p99 propagation a rate must keep to count as sustained (ms). */
export const SUSTAINED_P99_MS = 20;
/** Share of the target rate that must actually be achieved. */
const MIN_ACHIEVED = 0.95;
/** How long to wait for late events after a step (ms). */
const DRAIN_MS = 3000;

export type TSustainedStep = {
  targetRate: number;
  achievedRate: number;
  moves: number;
  errors: number;
  /** (move, listener) deliveries that never arrived. */
  lost: number;
  propagation: TSummary;
  roundTrip: TSummary;
  /** ≥ 95 % of the target achieved, no failed move, no lost delivery. */
  held: boolean;
  /** Held, and p99 propagation under SUSTAINED_P99_MS. */
  pass: boolean;
};
export type TSustainedResult = {
  movers: number;
  listeners: number;
  stepSeconds: number;
  steps: TSustainedStep[];
  /** Target rates not run because the steps before them could not hold their rate. */
  skipped: number[];
  /** Highest passing target rate (moves/s), or null. */
  highestSustained: number | null;
  /** Highest target rate held at all, whatever the latency. */
  highestHeld: number | null;
};

/**
 * Sustained load: `movers` concurrent clients, each moving its own card on a
 * paced schedule (total = target rate; a mover that falls behind does not
 * burst to catch up), while `listeners` sockets receive every event. The rate
 * rises stepwise until a few steps in a row cannot hold their rate.
 */
export async function measureSustained(target: TBenchTarget, plan: TPlan['sustained']): Promise<TSustainedResult> {
  const { org, repCookie, managerCookie } = target.live;
  const receipts = createReceipts();
  const pool = createListenerPool(target.baseUrl, managerCookie, CARD_EVENT, (event: TCardEvent, at) => receipts.add(cardKey(event.card), at));
  const movers = await Promise.all(org.cards.slice(4, 4 + plan.movers).map(async (card) => createMover(await createBenchClient(target.baseUrl, repCookie), card)));
  const steps: TSustainedStep[] = [];
  try {
    await pool.growTo(plan.listeners);
    await runStep(movers, Math.min(...plan.rates), 1, new Map()); // warm-up: connections, JIT, plans
    receipts.clear();
    for (const rate of plan.rates) {
      if (notHeldInARow(steps) >= plan.maxFailedSteps) break;
      const starts = new Map<string, number>();
      const step = await runStep(movers, rate, plan.stepSeconds, starts);
      await waitForDeliveries(starts, plan.listeners);
      const latencies: number[] = [];
      let lost = 0;
      for (const [key, t0] of starts) {
        const arrivals = receipts.take(key);
        lost += plan.listeners - arrivals.length;
        for (const at of arrivals) latencies.push(at - t0);
      }
      receipts.clear();
      const propagation = summarize(latencies);
      const held = step.errors === 0 && lost === 0 && step.achievedRate >= MIN_ACHIEVED * rate;
      steps.push({ targetRate: rate, ...step, lost, propagation, held, pass: held && propagation.p99 < SUSTAINED_P99_MS });
    }
  } finally {
    pool.closeAll();
  }
  const highest = (ok: (s: TSustainedStep) => boolean) => steps.findLast(ok)?.targetRate ?? null;
  return {
    movers: plan.movers,
    listeners: plan.listeners,
    stepSeconds: plan.stepSeconds,
    steps,
    skipped: plan.rates.slice(steps.length),
    highestSustained: highest((s) => s.pass),
    highestHeld: highest((s) => s.held),
  };

  /** Waits until every started move has reached every listener, or DRAIN_MS passed. */
  async function waitForDeliveries(starts: Map<string, number>, listeners: number) {
    const deadline = monoMs() + DRAIN_MS;
    const waits = [...starts.keys()].map((key) => receipts.waitFor(key, listeners, Math.max(1, deadline - monoMs())).catch(() => {}));
    await Promise.all(waits);
  }
}

function notHeldInARow(steps: TSustainedStep[]): number {
  return steps.length - 1 - steps.findLastIndex((s) => s.held);
}

/** Runs all movers at `rate` moves/s in total for `seconds`; records each move's start by event key. */
async function runStep(movers: TMover[], rate: number, seconds: number, starts: Map<string, number>) {
  const interval = (1000 * movers.length) / rate;
  const begin = monoMs() + 20;
  const end = begin + seconds * 1000;
  const roundTrips: number[] = [];
  let errors = 0;
  let lastDone = begin;
  await Promise.all(
    movers.map(async (mover, i) => {
      let next = begin + (i * interval) / movers.length;
      for (;;) {
        const wait = next - monoMs();
        if (wait > 0) await sleep(wait);
        if (monoMs() >= end) return;
        const key = mover.nextKey();
        const t0 = monoMs();
        starts.set(key, t0);
        try {
          await mover.move();
          roundTrips.push(monoMs() - t0);
        } catch {
          errors += 1;
          starts.delete(key);
        }
        lastDone = Math.max(lastDone, monoMs());
        next = Math.max(next + interval, monoMs());
      }
    }),
  );
  const moves = roundTrips.length;
  return { moves, errors, achievedRate: moves / ((lastDone - begin) / 1000), roundTrip: summarize(roundTrips) };
}
