import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { openDb } from '../client';
import { runMigrations } from '../migrate';
import { templateDbName, testDatabaseUrl, withDatabase } from './postgres-admin';

/**
 * Prepares one migrated database image per run, so each test file starts from
 * a clean, migrated schema in well under a second:
 * - PGlite: a data-dir dump (initdb + migrations cost ~4 s once);
 * - Postgres (TEST_DATABASE_URL): a template database cloned per test file.
 */
export default async function setup(project: TestProject) {
  const url = testDatabaseUrl();
  if (url) {
    const template = templateDbName(String(process.pid));
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.unsafe(`create database ${template}`);
    const handle = await openDb({ driver: 'postgres', url: withDatabase(url, template), max: 1 });
    await runMigrations(handle);
    await handle.close();
    project.provide('pgliteSnapshot', '');
    project.provide('postgresTemplate', template);
    return async () => {
      await admin.unsafe(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  project.provide('postgresTemplate', '');
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
    postgresTemplate: string;
  }
}
