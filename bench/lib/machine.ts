import os from 'node:os';

/** One line describing where the numbers were measured. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const gib = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${gib} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** The 1-minute load average, to tell a quiet machine from a busy one. */
export const loadAverage = () => os.loadavg()[0]!.toFixed(2);
