import { execFileSync } from 'node:child_process';
import { freePort } from '~/server/testing/test-server';

/** A private redis-server on a free port (no persistence) that a test may stop and start; never the shared one. */
export async function startPrivateRedis() {
  const port = await freePort();
  const start = () => void execFileSync('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes'], { stdio: 'pipe' });
  const stop = () => void execFileSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave'], { stdio: 'pipe' });
  start();
  await waitForPing(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    async start() {
      start();
      await waitForPing(port);
    },
    dispose() {
      try {
        stop();
      } catch {
        // already stopped
      }
    },
  };
}

async function waitForPing(port: number) {
  for (let i = 0; i < 100; i++) {
    try {
      if (execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' }).toString().trim() === 'PONG') return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`redis-server on port ${port} did not start`);
}
