import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's CPU priority (niceness 19 by default) so the
 * server's event loop wins the cores while the forecast job works. Linux
 * only: the thread id comes from /proc/thread-self (`<pid>/task/<tid>`) and
 * setpriority(2) on a thread id affects that thread alone; raising the
 * niceness needs no privilege. Returns false (and does nothing) elsewhere.
 */
export function lowerThreadPriority(niceness = 19): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, niceness);
    return true;
  } catch {
    return false;
  }
}
