import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TEnv } from '~/env';

/**
 * The secret that signs session cookies. Taken from SESSION_SECRET, or, for the
 * embedded database, generated once and kept in `${DATA_DIR}/session-secret`
 * (mode 0600) so that sessions survive restarts. env.ts already refuses
 * production with Postgres and no SESSION_SECRET.
 */
export function resolveSessionSecret(env: TEnv): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const file = path.resolve(env.DATA_DIR, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
