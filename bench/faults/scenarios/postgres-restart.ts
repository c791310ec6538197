import { randomUUID } from 'node:crypto';
import type { TBoardCard } from '~/domain/board/card';
import { openClients } from '../lib/clients';
import type { TFaultClient } from '../lib/fault-client';
import { countOutcomes, finishRun } from '../lib/finish';
import { runLoad } from '../lib/load';
import { isRetryableAnswer } from '../lib/moves';
import { startPrivatePostgres } from '../lib/private-postgres';
import { watchReadiness } from '../lib/readiness';
import { createFaultTarget } from '../lib/target';
import type { TViolations } from '../lib/verify';

export type TPostgresRestartResult = {
  outageMs: number;
  moves: number;
  ok: number;
  /** Distinct answers clients got during the outage (code: message; `network` when there was no tRPC answer). */
  outageErrors: string[];
  /** Failed move attempts (load and probe) and how many of them were the retryable 503 (older stored runs lack both). */
  failedAttempts?: number;
  retryableAttempts?: number;
  /** /readyz status codes in order, e.g. [200, 503, 200]. */
  readiness: number[];
  /**
   * From Postgres accepting connections again (pg_ctl noticed it; it polls
   * about every 100 ms) until /readyz was 200 (negative: before pg_ctl
   * noticed) and until a move succeeded (ms).
   */
  readyAfterMs: number;
  firstMoveAfterMs: number;
  /** /readyz answers other than 200 after Postgres accepted connections again: ms after it, ascending (older stored runs lack it). */
  notReadyAfterUpMs?: number[];
  /** Failed move attempts answered after Postgres accepted connections again: ms after it, ascending (older stored runs lack it). */
  failuresAfterUpMs?: number[];
  /** How long moves went on after Postgres accepted connections again (ms). */
  observedAfterUpMs?: number;
  serverSurvived: boolean;
  diverged: string[];
  /** Clients whose board (open cards, sequence) differed from the database read directly at the end (must be none; older stored runs lack it). */
  notDatabase?: string[];
  violations: TViolations;
};

/**
 * Item 3: a private Postgres cluster is stopped (fast shutdown) under load
 * for `outageMs`, then started again. The server process must stay up,
 * /readyz must go red then green, moves must fail with a retryable error
 * meanwhile and succeed again soon after, and nothing acknowledged may be lost.
 * The load keeps going while Postgres shuts down and starts up, and for
 * OBSERVE_AFTER_UP_MS after it is back.
 */
/**
 * How long the load goes on once Postgres is back (ms): longer than the
 * server's postgres.js connect_timeout (5 s), so a connection attempt begun
 * during the outage that hangs until it times out still shows.
 */
const OBSERVE_AFTER_UP_MS = 6000;

export async function runPostgresRestart(plan: { clients: number; outageMs: number; cards: number }): Promise<TPostgresRestartResult> {
  const pg = await startPrivatePostgres();
  const target = await createFaultTarget({ driver: 'postgres', pgAdminUrl: pg.adminUrl, cards: plan.cards });
  try {
    const server = await target.start();
    let exited = false;
    void server.exited.then(() => (exited = true));
    const cookies = await target.cookies();
    const clients = await openClients(target.baseUrl, cookies, plan.clients);
    const [observer, probe] = await openClients(target.baseUrl, cookies, 2, 'observer');
    const readiness = watchReadiness(target.baseUrl);
    let stopLoad = false;
    const load = runLoad(clients, Number.MAX_SAFE_INTEGER, { stop: () => stopLoad, pauseMs: 20 });
    await new Promise((r) => setTimeout(r, 1000));
    const downAt = performance.now();
    await pg.stop('fast');
    await new Promise((r) => setTimeout(r, plan.outageMs));
    await pg.start();
    const upAt = performance.now();
    const first = await firstSuccessfulMove(probe!, upAt);
    await new Promise((r) => setTimeout(r, Math.max(0, upAt + OBSERVE_AFTER_UP_MS - performance.now())));
    stopLoad = true;
    const observedAfterUpMs = performance.now() - upAt;
    const moves = await load;
    await readiness.stop();
    const serverSurvived = !exited;
    const { converged, notDatabase, violations } = await finishRun(target, [...clients, probe!], observer!, [server], moves, 15_000);
    const during = [...moves.flatMap((m) => m.failures), ...first.failures];
    const failedAt = [...moves.flatMap((m) => m.failedAt), ...first.failedAt];
    // Green again: the first 200 after the outage's first 503 (it may come just before pg_ctl noticed Postgres was up).
    const red = readiness.changes.findIndex((c) => c.at > downAt && c.status !== 200);
    const readyAgain = red < 0 ? undefined : readiness.changes.slice(red).find((c) => c.status === 200);
    return {
      outageMs: upAt - downAt,
      moves: moves.length,
      ok: countOutcomes(moves).ok,
      outageErrors: [...new Set(during)].slice(0, 10),
      failedAttempts: during.length,
      retryableAttempts: during.filter(isRetryableAnswer).length,
      readiness: readiness.changes.map((c) => c.status),
      notReadyAfterUpMs: readiness.changes.filter((c) => c.at > upAt && c.status !== 200).map((c) => c.at - upAt),
      readyAfterMs: readyAgain ? readyAgain.at - upAt : Number.NaN,
      firstMoveAfterMs: first.ms,
      failuresAfterUpMs: failedAt.filter((t) => t > upAt).map((t) => t - upAt).sort((a, b) => a - b),
      observedAfterUpMs,
      serverSurvived,
      diverged: converged.diverged,
      notDatabase,
      violations,
    };
  } finally {
    await target.dispose();
    await pg.dispose();
  }
}

/**
 * One move attempt every 50 ms (no retry schedule in the way) until one
 * succeeds: ms since `since`, and the failed attempts before it (as
 * TMoveRecord.failures and failedAt). A CONFLICT adopts the current card and goes on.
 */
async function firstSuccessfulMove(probe: TFaultClient, since: number) {
  const failures: string[] = [];
  const failedAt: number[] = [];
  while (performance.now() - since < 30_000) {
    const card = [...probe.state.cards.values()][0]!;
    try {
      const input = { id: card.id, version: card.version, target: { kind: 'band' as const, probability: card.probability === 50 ? 75 : 50 }, rank: card.rank, clientMutationId: randomUUID() };
      probe.apply((await probe.trpc.opportunity.move.mutate(input)).card);
      return { ms: performance.now() - since, failures, failedAt };
    } catch (error) {
      const data = (error as { data?: { code?: string; appData?: { card?: TBoardCard } } }).data;
      if (data?.appData?.card) probe.apply(data.appData.card);
      if (data?.code !== 'CONFLICT') {
        failures.push(`${data?.code ?? 'network'}: ${(error as Error).message}`);
        failedAt.push(performance.now());
      }
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { ms: Number.NaN, failures, failedAt };
}
