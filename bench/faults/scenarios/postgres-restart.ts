import { randomUUID } from 'node:crypto';
import type { TBoardCard } from '~/domain/board/card';
import { openClients } from '../lib/clients';
import type { TFaultClient } from '../lib/fault-client';
import { countOutcomes, finishRun } from '../lib/finish';
import { runLoad } from '../lib/load';
import { startPrivatePostgres } from '../lib/private-postgres';
import { watchReadiness } from '../lib/readiness';
import { createFaultTarget } from '../lib/target';
import type { TViolations } from '../lib/verify';

export type TPostgresRestartResult = {
  outageMs: number;
  moves: number;
  ok: number;
  /** Distinct answers clients got during the outage (code: message). */
  outageErrors: string[];
  /** /readyz status codes in order, e.g. [200, 503, 200]. */
  readiness: number[];
  /** From Postgres accepting connections again until /readyz was 200 and until a move succeeded (ms). */
  readyAfterMs: number;
  firstMoveAfterMs: number;
  serverSurvived: boolean;
  diverged: string[];
  violations: TViolations;
};

/**
 * Item 3: a private Postgres cluster is stopped (fast shutdown) under load
 * for `outageMs`, then started again. The server process must stay up,
 * /readyz must go red then green, moves must fail with a retryable error
 * meanwhile and succeed again soon after, and nothing acknowledged may be lost.
 */
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
    pg.stop('fast');
    await new Promise((r) => setTimeout(r, plan.outageMs));
    pg.start();
    const upAt = performance.now();
    const firstMoveAfterMs = await firstSuccessfulMove(probe!, upAt);
    await new Promise((r) => setTimeout(r, 1500));
    stopLoad = true;
    const moves = await load;
    await readiness.stop();
    const serverSurvived = !exited;
    const { converged, violations } = await finishRun(target, [...clients, probe!], observer!, [server], moves, 15_000);
    const during = moves.flatMap((m) => m.failures);
    const readyAgain = readiness.changes.find((c) => c.at > upAt && c.status === 200);
    return {
      outageMs: upAt - downAt,
      moves: moves.length,
      ok: countOutcomes(moves).ok,
      outageErrors: [...new Set(during)].slice(0, 10),
      readiness: readiness.changes.map((c) => c.status),
      readyAfterMs: readyAgain ? readyAgain.at - upAt : Number.NaN,
      firstMoveAfterMs,
      serverSurvived,
      diverged: converged.diverged,
      violations,
    };
  } finally {
    await target.dispose();
    await pg.dispose();
  }
}

/**
 * One move attempt every 50 ms (no retry schedule in the way) until one
 * succeeds; ms since `since`. A CONFLICT adopts the current card and goes on.
 */
async function firstSuccessfulMove(probe: TFaultClient, since: number): Promise<number> {
  while (performance.now() - since < 30_000) {
    const card = [...probe.state.cards.values()][0]!;
    try {
      const input = { id: card.id, version: card.version, target: { kind: 'band' as const, probability: card.probability === 50 ? 75 : 50 }, rank: card.rank, clientMutationId: randomUUID() };
      probe.apply((await probe.trpc.opportunity.move.mutate(input)).card);
      return performance.now() - since;
    } catch (error) {
      const current = (error as { data?: { appData?: { card?: TBoardCard } } }).data?.appData?.card;
      if (current) probe.apply(current);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return Number.NaN;
}
