import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian/Ubuntu keep one set of client binaries per major version here. */
const VERSIONED_BIN_ROOT = '/usr/lib/postgresql';

/** `pg_dump (PostgreSQL) 15.4 (Debian 15.4-1)` → 15.4 as [15, 4]. */
function versionOf(output: string): [number, number] | null {
  const match = /\) (\d+)(?:\.(\d+))?/.exec(output);
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : null;
}

/**
 * The newest `pg_dump` or `pg_restore` found on PATH or under
 * /usr/lib/postgresql/<version>/bin. The newest matters: pg_dump refuses a
 * server newer than itself, while a newer client reads any older server.
 */
export async function findPgTool(name: 'pg_dump' | 'pg_restore'): Promise<{ path: string; version: string }> {
  let versioned: string[] = [];
  try {
    versioned = readdirSync(VERSIONED_BIN_ROOT).map((v) => `${VERSIONED_BIN_ROOT}/${v}/bin/${name}`);
  } catch {
    // not a Debian-style installation
  }
  const found: { path: string; version: [number, number]; text: string }[] = [];
  for (const candidate of [name, ...versioned]) {
    try {
      const { stdout } = await run(candidate, ['--version']);
      const version = versionOf(stdout);
      if (version) found.push({ path: candidate, version, text: stdout.trim() });
    } catch {
      // absent or not executable
    }
  }
  found.sort((a, b) => b.version[0] - a.version[0] || b.version[1] - a.version[1]);
  const best = found[0];
  if (!best) throw new Error(`${name} not found on PATH or in ${VERSIONED_BIN_ROOT}/*/bin: install the PostgreSQL client (e.g. apt-get install postgresql-client).`);
  return { path: best.path, version: best.text };
}

/** Runs a PostgreSQL client tool; a failure carries its stderr. */
export async function runPgTool(path: string, args: string[]): Promise<void> {
  try {
    await run(path, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${path} failed${stderr ? `:\n${stderr}` : ''}`, { cause: error });
  }
}
