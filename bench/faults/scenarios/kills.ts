import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRandom } from '~/domain/random';
import { summarize, type TSummary } from '../../lib/stats';
import { closeClients, openClients } from '../lib/clients';
import { countOutcomes, finishRun } from '../lib/finish';
import type { TFaultClient } from '../lib/fault-client';
import { runLoad } from '../lib/load';
import type { TKillPoint } from '../server/config';
import { hotSet, type TFaultTarget } from '../lib/target';
import type { TViolations } from '../lib/verify';

/** How long the run waits for every client to catch up after a restart before it goes on (ms). */
const CATCH_UP_WAIT_MS = 15_000;

/** How one kill was done: by the test at a random moment, or by the server itself at a kill point. */
export type TKillKind = 'random' | TKillPoint['phase'];
/** Kills take these kinds in turn. */
const KILL_KINDS = ['random', 'before-commit', 'after-commit', 'mid-broadcast'] as const satisfies readonly TKillKind[];

export type TKillsResult = {
  kills: number;
  byKind: Record<TKillKind, number>;
  moves: number;
  ok: number;
  conflicts: number;
  /** Moves whose answer needed more than one attempt (same client mutation id). */
  retried: number;
  /** Acknowledged only on a retry that found the first attempt already applied. */
  replayed: number;
  gaveUp: number;
  /** PGlite: restarts that found the killed process's lock file and took it over. */
  staleLocks: number;
  /** Server restart (spawn → listening), ms. */
  restart: TSummary;
  /** From the restarted server listening until each client had caught up, ms. */
  catchUpFromReady: TSummary;
  /** From each client's socket reconnect until it had caught up, ms. */
  catchUpFromReconnect: TSummary;
  /** Clients (summed over restarts) not yet caught up CATCH_UP_WAIT_MS after a restart; not in the summaries above. */
  late?: number;
  diverged: string[];
  /** Clients whose board (open cards, sequence) differed from the database read directly at the end (must be none; older stored runs lack it). */
  notDatabase?: string[];
  violations: TViolations;
};

/**
 * Item 2: kills the server `kills` times under load, alternating a SIGKILL
 * at a random moment with the server killing itself right after a commit
 * (before the reply) or in the middle of the broadcast, and restarts it on
 * the same port and data each time. Clients retry unanswered moves with the
 * same client mutation id, reconnect and catch up; at the end their boards
 * must equal the database and no acknowledged write may be missing. Each
 * kill comes once every client has caught up after the previous restart.
 */
export async function runKills(target: TFaultTarget, plan: { clients: number; kills: number; seed?: number; hotCards?: number }): Promise<TKillsResult> {
  const random = createRandom(`kills:${plan.seed ?? 1}`);
  let server = await target.start();
  const cookies = await target.cookies();
  const clients = await openClients(target.baseUrl, cookies, plan.clients);
  const [observer] = await openClients(target.baseUrl, cookies, 1, 'observer');
  const byKind: Record<TKillKind, number> = { random: 0, 'before-commit': 0, 'after-commit': 0, 'mid-broadcast': 0 };
  const restarts: number[] = [];
  const windows: TRestartWindow[] = [];
  let staleLocks = 0;
  let late = 0;
  let stopLoad = false;
  const load = runLoad(clients, Number.MAX_SAFE_INTEGER, { seed: plan.seed, stop: () => stopLoad, hot: hotSet(target, plan.hotCards) });
  try {
    for (let k = 0; k < plan.kills; k++) {
      const kind: TKillKind = KILL_KINDS[k % KILL_KINDS.length]!;
      if (kind === 'random') {
        await new Promise((r) => setTimeout(r, random.int(100, 1200)));
        await server.kill();
      } else {
        // The running server has this kill point armed (see below): wait for it to die by itself.
        await server.exited;
      }
      byKind[kind] += 1;
      const nextKind = KILL_KINDS[(k + 1) % KILL_KINDS.length]!;
      const last = k === plan.kills - 1;
      const killPoint = !last && nextKind !== 'random' ? { at: random.int(5, 40), phase: nextKind } : undefined;
      if (target.db.driver === 'pglite' && existsSync(path.join(target.db.dataDir, 'pglite.lock'))) staleLocks += 1;
      const spawnAt = performance.now();
      server = await target.start({ killPoint });
      restarts.push(server.startMs);
      windows.push({ spawnAt, readyAt: performance.now() });
      // Let every client reconnect and catch up (measured) before the next kill; the load goes on meanwhile.
      late += await allCaughtUp(clients, spawnAt, CATCH_UP_WAIT_MS);
      server.arm();
    }
    await new Promise((r) => setTimeout(r, 1000));
    stopLoad = true;
    const moves = await load;
    const { fromReady, fromReconnect } = catchUpTimes(clients, windows);
    const { converged, notDatabase, violations } = await finishRun(target, clients, observer!, [server], moves, 15_000);
    return {
      kills: plan.kills,
      byKind,
      ...countOutcomes(moves),
      retried: moves.filter((m) => m.attempts > 1).length,
      replayed: moves.filter((m) => m.replayed).length,
      staleLocks,
      late,
      restart: summarize(restarts),
      catchUpFromReady: summarize(fromReady),
      catchUpFromReconnect: summarize(fromReconnect),
      diverged: converged.diverged,
      notDatabase,
      violations,
    };
  } finally {
    stopLoad = true;
    await load.catch(() => []);
    await closeClients([...clients, observer!]).catch(() => {});
    await server.kill();
  }
}

/** Resolves once every client has reconnected after `since` and caught up, or after `timeoutMs`, with the number of clients still behind. */
async function allCaughtUp(clients: readonly TFaultClient[], since: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  const done = (c: TFaultClient) => c.reconnects.some((e) => e.connectedAt !== undefined && e.connectedAt >= since && e.caughtUpAt !== undefined);
  while (performance.now() < deadline && !clients.every(done)) await new Promise((r) => setTimeout(r, 50));
  return clients.filter((c) => !done(c)).length;
}

/** One restart: when the new process was spawned and when it was listening (performance.now() ms). */
export type TRestartWindow = { spawnAt: number; readyAt: number };

/**
 * Per reconnect of a client: time from the restarted server being ready (and
 * from the socket reconnecting) until the client had caught up. A reconnect
 * belongs to the last restart spawned before it; one that connected a few ms
 * before the parent read "ready" counts from its own connect.
 */
export function catchUpTimes(clients: readonly TFaultClient[], windows: readonly TRestartWindow[]) {
  const fromReady: number[] = [];
  const fromReconnect: number[] = [];
  for (const client of clients) {
    for (const episode of client.reconnects) {
      if (episode.connectedAt === undefined || episode.caughtUpAt === undefined) continue;
      const restart = windows.findLast((w) => w.spawnAt <= episode.connectedAt!);
      if (!restart) continue;
      fromReady.push(episode.caughtUpAt - Math.min(restart.readyAt, episode.connectedAt));
      fromReconnect.push(episode.caughtUpAt - episode.connectedAt);
    }
  }
  return { fromReady, fromReconnect };
}
