import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { TFaultServerConfig } from '../server/config';
import type { TBenchOrg } from '../../board/server/bench-org';
import { bundleServer } from './bundle-server';

const START_TIMEOUT_MS = 60_000;

/** Runs the (bundled) fault-test server as its own Node process and waits for its first stdout line. */
async function launch(config: TFaultServerConfig): Promise<{ child: ChildProcess; firstLine: Promise<string> }> {
  const child = spawn(process.execPath, [await bundleServer(), JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin!.on('error', () => {}); // EPIPE once the process is gone
  const firstLine = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fault server on port ${config.port} did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => (clearTimeout(timer), resolve(line)));
    child.once('exit', (code, signal) => (clearTimeout(timer), reject(new Error(`fault server exited before starting (code ${code}, signal ${signal})`))));
  });
  return { child, firstLine };
}

/** Creates an organization with `cards` open cards in the server's database (its own short-lived process). */
export async function seedOrg(config: Omit<TFaultServerConfig, 'mode' | 'seed'>, slug: string, cards: number): Promise<TBenchOrg> {
  const { child, firstLine } = await launch({ ...config, mode: 'seed', seed: { slug, cards } });
  const org = JSON.parse(await firstLine) as TBenchOrg;
  if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  return org;
}

export type TServerProcess = {
  pid: number;
  baseUrl: string;
  /** Resolves when the process has exited, whatever the cause. */
  exited: Promise<void>;
  /** SIGKILL: no shutdown, no flush. */
  kill: () => Promise<void>;
  /** SIGTERM: graceful shutdown. */
  stop: () => Promise<void>;
  /** Starts the count of the process's kill point (if it has one). */
  arm: () => void;
};

/** Starts a server process and resolves once it listens; `ms` is how long the start took. */
export async function startServerProcess(config: Omit<TFaultServerConfig, 'mode' | 'seed'>): Promise<TServerProcess & { startMs: number }> {
  const t0 = performance.now();
  const { child, firstLine } = await launch({ ...config, mode: 'serve' });
  const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  const line = await firstLine;
  if (line !== 'ready') throw new Error(`fault server said "${line}"`);
  const signal = (name: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return { pid: child.pid!, baseUrl: `http://127.0.0.1:${config.port}`, exited, kill: signal('SIGKILL'), stop: signal('SIGTERM'), arm: () => void child.stdin!.write('arm\n'), startMs: performance.now() - t0 };
}
