import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { withDatabase } from '~/db/testing/postgres-admin';
import { getTestEnv } from '~/env';
import { E2E_PORT } from '../playwright.config';

/**
 * Starts the real production server for Playwright on a fresh database: a new
 * PGlite data dir, or (TEST_DATABASE_URL) a freshly created Postgres
 * database. The server seeds the demo organization itself, as `npm start` does.
 */
const E2E_DB = 'dealflow_e2e';
const testUrl = getTestEnv().TEST_DATABASE_URL;
const env: Record<string, string> = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(E2E_PORT),
  HOST: '127.0.0.1',
  BASE_URL: `http://127.0.0.1:${E2E_PORT}`,
  SESSION_SECRET: 'e2e-only-secret-'.padEnd(48, 'x'),
  DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'dealflow-e2e-')),
};
if (testUrl) {
  const admin = postgres(testUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${E2E_DB} with (force)`);
  await admin.unsafe(`create database ${E2E_DB}`);
  await admin.end();
  env.DATABASE_URL = withDatabase(testUrl, E2E_DB);
}
// The child gets the harness's PATH etc. plus the variables above.
// eslint-disable-next-line no-restricted-properties
const child = spawn('npx', ['tsx', 'server/index.ts'], { stdio: 'inherit', env: { ...process.env, ...env } });
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
