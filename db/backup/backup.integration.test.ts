import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '~/db/client';
import { openDbFromEnv } from '~/db/open-from-env';
import { opportunities, organizations } from '~/db/schema';
import { createOrgFixture } from '~/db/testing/fixtures';
import { testDatabaseUrl, withDatabase } from '~/db/testing/postgres-admin';
import { createTestDb } from '~/db/testing/test-db';
import { runBackup, runRestore } from './run-backup';

const now = new Date('2026-11-23T05:00:00Z');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'dealflow-backup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Deletes the organization's deals and renames it: what a restore must undo. */
async function damage(db: Db, organizationId: string) {
  await db.delete(opportunities).where(eq(opportunities.organizationId, organizationId));
  await db.update(organizations).set({ name: 'Damaged' }).where(eq(organizations.id, organizationId));
}

/** Kills a stand-in server process and waits until it is gone (a zombie still counts as alive). */
async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exited;
}

async function stateOf(db: Db, organizationId: string) {
  const [org] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId));
  const deals = await db.select({ title: opportunities.title }).from(opportunities).where(eq(opportunities.organizationId, organizationId));
  return { name: org?.name, deals: deals.map((d) => d.title) };
}

/** db:backup / db:restore round trips on the database the suite runs on. */
describe('backup and restore', () => {
  it.skipIf(testDatabaseUrl())('PGlite: data-dir tarball round trip, refusing a data dir in use or not empty', async () => {
    const env = { DATA_DIR: path.join(tmp, 'data'), DATABASE_URL: undefined };
    let handle = await openDbFromEnv(env);
    const fixture = await createOrgFixture(handle.db, 'backup');
    const before = await stateOf(handle.db, fixture.organizationId);
    expect(before.deals).toHaveLength(1);
    await handle.close();

    // another live process (a running server) holds the data dir: backup and restore refuse
    const server = spawn('sleep', ['60']);
    try {
      writeFileSync(`${path.resolve(env.DATA_DIR, 'pglite')}.lock`, String(server.pid));
      await expect(runBackup(env, { now, out: path.join(tmp, 'in-use.tar.gz') })).rejects.toThrow(/in use by process/);
    } finally {
      await stop(server);
    }
    const { file } = await runBackup(env, { now });
    expect(file).toBe(path.resolve(env.DATA_DIR, 'backups', 'dealflow-pglite-2026-11-23T05-00-00-000Z.tar.gz'));
    const serverAgain = spawn('sleep', ['60']);
    try {
      writeFileSync(`${path.resolve(env.DATA_DIR, 'pglite')}.lock`, String(serverAgain.pid));
      await expect(runRestore(env, { file, force: true, now })).rejects.toThrow(/in use by process/);
    } finally {
      await stop(serverAgain);
    }

    handle = await openDbFromEnv(env);
    await damage(handle.db, fixture.organizationId);
    await handle.close();
    await expect(runRestore(env, { file, force: false, now })).rejects.toThrow(/is not empty/);
    const restored = await runRestore(env, { file, force: true, now });
    expect(restored.detail).toContain('before-restore-');

    handle = await openDbFromEnv(env);
    expect(await stateOf(handle.db, fixture.organizationId)).toEqual(before);
    await handle.close();
  }, 120_000); // five PGlite start-ups from disk: ~15 s on a quiet machine

  it.runIf(testDatabaseUrl())('Postgres: pg_dump/pg_restore round trip on scratch databases', async () => {
    const db = await createTestDb();
    const admin = postgres(testDatabaseUrl()!, { max: 1, onnotice: () => {} });
    const emptyName = `dealflow_restore_${process.pid}_${Date.now()}`;
    await admin.unsafe(`create database ${emptyName}`);
    try {
      const env = { DATA_DIR: tmp, DATABASE_URL: db.url! };
      const fixture = await createOrgFixture(db.db, 'backup');
      const before = await stateOf(db.db, fixture.organizationId);
      const { file } = await runBackup(env, { now, out: path.join(tmp, 'pg.dump') });

      await damage(db.db, fixture.organizationId);
      await expect(runRestore(env, { file, force: false, now })).rejects.toThrow(/has \d+ tables/);
      await expect(runRestore({ DATA_DIR: tmp, DATABASE_URL: undefined }, { file, force: true, now })).rejects.toThrow(/postgres backup but the configured database is pglite/);
      await runRestore(env, { file, force: true, now });
      expect(await stateOf(db.db, fixture.organizationId)).toEqual(before);

      // into a brand-new empty database: no --force needed
      const emptyUrl = withDatabase(testDatabaseUrl()!, emptyName);
      await runRestore({ DATA_DIR: tmp, DATABASE_URL: emptyUrl }, { file, force: false, now });
      const copy = await openDbFromEnv({ DATA_DIR: tmp, DATABASE_URL: emptyUrl });
      expect(await stateOf(copy.db, fixture.organizationId)).toEqual(before);
      await copy.close();
    } finally {
      await admin.unsafe(`drop database if exists ${emptyName} with (force)`);
      await admin.end();
      await db.drop();
    }
  }, 120_000);
});
