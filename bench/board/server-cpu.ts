import type { TBenchTarget } from './target';

/**
 * CPU time (ms, user + system) the server process spends per operation:
 * `run` performs `count` operations in a row, and the server's
 * process.cpuUsage() is read before and after. Unlike wall time this barely
 * moves when other programs compete for the cores. Database CPU is not included.
 */
export async function serverCpuPerOp(target: TBenchTarget, count: number, run: () => Promise<unknown>): Promise<number> {
  const before = await target.server.call('cpuMs', undefined);
  await run();
  const after = await target.server.call('cpuMs', undefined);
  return (after - before) / count;
}

/** Runs `op` `count` times, one after another. */
export async function repeat(count: number, op: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < count; i++) await op();
}
