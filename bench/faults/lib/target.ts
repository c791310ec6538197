import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type TDbHandle } from '~/db/client';
import { lockDataDir } from '~/db/data-dir-lock';
import { freePort } from '~/server/testing/test-server';
import { signIn } from '~/server/testing/sign-in';
import type { TBenchOrg } from '../../board/server/bench-org';
import { createBenchDatabase } from '../../lib/postgres-db';
import type { TFaultDb } from '../server/config';
import { seedOrg, startServerProcess, type TServerProcess } from './server-process';

export type TFaultDriver = 'postgres' | 'pglite';

/**
 * One database (a scratch Postgres database, or a PGlite data dir in a temp
 * folder) with a seeded organization, and the means to run server processes
 * on it. The caller starts, kills and restarts them.
 */
export async function createFaultTarget(opts: { driver: TFaultDriver; pgAdminUrl?: string; cards: number; redisUrl?: string }) {
  let database: Awaited<ReturnType<typeof createBenchDatabase>> | undefined;
  let dataDir: string | undefined;
  let db: TFaultDb;
  if (opts.driver === 'postgres') {
    if (!opts.pgAdminUrl) throw new Error('Postgres fault runs need an admin URL');
    database = await createBenchDatabase(opts.pgAdminUrl);
    db = { driver: 'postgres', url: database.url };
  } else {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'dealflow-faults-'));
    db = { driver: 'pglite', dataDir };
  }
  const port = await freePort();
  const org: TBenchOrg = await seedOrg({ port, db }, 'faults', opts.cards);
  const servers: TServerProcess[] = [];

  /** Starts a server process on `port` (default: the target's own port), optionally with a kill point. */
  async function start(extra: { port?: number; killPoint?: Parameters<typeof startServerProcess>[0]['killPoint']; redisUrl?: string } = {}) {
    const server = await startServerProcess({ port: extra.port ?? port, db, redisUrl: extra.redisUrl ?? opts.redisUrl, killPoint: extra.killPoint });
    servers.push(server);
    return server;
  }

  /** Opens the database directly (PGlite: only while no server process holds the data dir). */
  async function openDirect(): Promise<TDbHandle> {
    if (db.driver === 'postgres') return openDb({ driver: 'postgres', url: db.url, max: 2 });
    const dir = path.join(db.dataDir, 'pglite');
    const release = lockDataDir(dir);
    const handle = await openDb({ driver: 'pglite', dataDir: dir });
    return { ...handle, close: () => handle.close().finally(release) };
  }

  return {
    driver: opts.driver,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    org,
    db,
    start,
    openDirect,
    /** Session cookies of the organization's rep and manager, signed in through `baseUrl`. */
    async cookies(baseUrl = `http://127.0.0.1:${port}`) {
      return [await signIn(baseUrl, org.rep.email, org.password), await signIn(baseUrl, org.manager.email, org.password)];
    },
    async dispose() {
      for (const server of servers) await server.kill();
      await database?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TFaultTarget = Awaited<ReturnType<typeof createFaultTarget>>;

/** The ids of the organization's first `count` cards (all cards when undefined): the set a load moves. */
export const hotSet = (target: Pick<TFaultTarget, 'org'>, count?: number) =>
  count === undefined ? undefined : new Set(target.org.cards.slice(0, count).map((c) => c.id));
