import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '~/server/testing/test-server';

const BIN = '/usr/lib/postgresql/15/bin';

/**
 * A private Postgres cluster (initdb into a temp dir, trust auth, its own
 * port and socket dir) that a test may stop and start at will, never the
 * shared one. Run as the `postgres` user when we are root (Postgres refuses root).
 * `start` and `stop` wait for pg_ctl (`-w`) without blocking the event loop,
 * so clients keep sending while Postgres shuts down and starts up.
 */
export async function startPrivatePostgres() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dealflow-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  const command = (bin: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(BIN, bin), ...args]] : [path.join(BIN, bin), args]);
  const run = async (bin: string, args: string[]) => void (await promisify(execFile)(...command(bin, args)));
  execFileSync(...command('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']), { stdio: 'pipe' });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
  /** Resolves once Postgres accepts connections (pg_ctl checks about every 100 ms). */
  const start = () => run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  const stop = (mode: 'fast' | 'immediate' = 'fast') => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  await start();
  return {
    port,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async dispose() {
      await stop('immediate').catch(() => {}); // already stopped
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function userIds(name: string) {
  const id = (flag: string) => Number(execFileSync('id', [flag, name]).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}
