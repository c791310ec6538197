/**
 * Milliseconds on the system-wide monotonic clock (CLOCK_MONOTONIC through
 * process.hrtime), so a timestamp taken in the server process and one taken in
 * the client process on the same machine can be subtracted.
 */
export function monoMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
