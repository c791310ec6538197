import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { openDb } from '../client';
import { runMigrations } from '../migrate';
import { TEMPLATE_DB, testDatabaseUrl, withDatabase } from './postgres-admin';

/**
 * Prepares one migrated database image per run, so each test file starts from
 * a clean, migrated schema in well under a second:
 * - PGlite: a data-dir dump (initdb + migrations cost ~4 s once);
 * - Postgres (TEST_DATABASE_URL): a template database cloned per test file.
 */
export default async function setup(project: TestProject) {
  const url = testDatabaseUrl();
  if (url) {
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.unsafe(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const handle = await openDb({ driver: 'postgres', url: withDatabase(url, TEMPLATE_DB), max: 1 });
    await runMigrations(handle);
    await handle.close();
    project.provide('pgliteSnapshot', '');
    return;
  }
  const handle = await openDb({ driver: 'pglite' });
  await runMigrations(handle);
  const dump = await handle.pglite!.dumpDataDir('none');
  await handle.close();
  const dir = path.join(os.tmpdir(), 'dealflow-test');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `snapshot-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}
