import { fileURLToPath } from 'node:url';
import { forkRpc, type TRpcClient } from '../lib/child-rpc';
import { signIn } from '../lib/trpc-client';
import type { TPlan } from './plan';
import { liveCardsFor } from './plan';
import type { TBenchOrg } from './server/bench-org';
import type { TBenchServerHandlers, TStartInput } from './server/handlers';
import { SERVER_NODE_FLAGS } from '~/server/node-flags';

export type TOrgSession = { org: TBenchOrg; repCookie: string; managerCookie: string };

/** A running bench server (own process) on one database, with two signed-in organizations. */
export type TBenchTarget = {
  driver: TStartInput['driver'];
  dbVersion: string;
  baseUrl: string;
  server: TRpcClient<TBenchServerHandlers>;
  /** A few dozen cards: propagation, round trips, sustained load. */
  live: TOrgSession;
  /** The big board (plan.board.cards open cards): board load and catch-up. */
  big: TOrgSession;
  stop: () => Promise<void>;
};

const CHILD_ENTRY = fileURLToPath(new URL('./server/child.ts', import.meta.url));

/** Forks the server process, migrates, creates both organizations and signs in once per user. */
export async function startTarget(input: TStartInput, plan: TPlan): Promise<TBenchTarget> {
  const server = forkRpc<TBenchServerHandlers>(CHILD_ENTRY, { execArgv: [...SERVER_NODE_FLAGS] });
  const stop = async () => {
    await server.call('close', undefined).catch(() => {});
    await server.stop();
  };
  try {
    const { baseUrl, dbVersion } = await server.call('start', input);
    const session = async (slug: string, cards: number): Promise<TOrgSession> => {
      const org = await server.call('createOrg', { slug, cards });
      const [repCookie, managerCookie] = [await signIn(baseUrl, org.rep.email, org.password), await signIn(baseUrl, org.manager.email, org.password)];
      return { org, repCookie, managerCookie };
    };
    const live = await session('live', liveCardsFor(plan));
    const big = await session('big', plan.board.cards);
    return { driver: input.driver, dbVersion, baseUrl, server, live, big, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
