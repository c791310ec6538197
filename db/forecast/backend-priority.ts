import { readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import type postgres from 'postgres';

/** Host names whose Postgres backends are processes of this machine. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** True when the URL points at a Postgres server on this machine (loopback or a Unix socket directory). */
export function isLocalDatabase(url: string): boolean {
  const parsed = new URL(url);
  const host = parsed.searchParams.get('host') ?? decodeURIComponent(parsed.hostname);
  return host === '' || host.startsWith('/') || LOOPBACK_HOSTS.has(host);
}

/**
 * Lowers the CPU priority (niceness 19) of the forecast job's own Postgres
 * backends, found by the job's application_name, when the database runs on
 * this machine: the job's scans then take only the CPU that the board's
 * queries and the server's event loop leave over, as its worker thread
 * already does (thread-priority.ts). With sched_autogroup (see
 * lowerOwnAutogroup) the backend's autogroup is lowered too, else the
 * niceness changes nothing. Reads do not lock rows the board
 * writes, so a slow low-priority backend never holds up a move. Returns a
 * function to call at the start of every run (it picks up backends the
 * pool opened since; ~1 ms; `via` runs its query on a connection the
 * caller reserved). Does nothing for a remote database, whose
 * CPU is not ours, and skips any pid that is not a `postgres` process or
 * that we may not renice (another user without privileges): the job then
 * simply runs at normal priority.
 */
export function lowerJobBackendsPriority(sql: postgres.Sql, url: string, applicationName: string): (via?: postgres.Sql) => Promise<number> {
  if (!isLocalDatabase(url)) return async () => 0;
  let lowered = new Set<number>();
  return async (via = sql) => {
    const rows = await via<{ pid: number }[]>`select pid from pg_stat_activity where application_name = ${applicationName} and datname = current_database()`;
    const current = new Set<number>();
    for (const { pid } of rows) {
      if (lowered.has(pid) || lowerProcess(pid)) current.add(pid);
    }
    lowered = current;
    return current.size;
  };
}

function lowerProcess(pid: number): boolean {
  try {
    if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return false;
    setPriority(pid, 19);
    lowerOwnAutogroup(pid);
    return true;
  } catch {
    return false;
  }
}

/**
 * With sched_autogroup (kernel.sched_autogroup_enabled=1, the default of
 * many distributions) the scheduler first shares the CPU between sessions
 * and only inside a session by niceness. Postgres starts every backend in
 * a session of its own (setsid), so a backend at niceness 19 still got as
 * much CPU as the server process or the board's backends: the autogroup's
 * niceness is what counts. Lowered only when the backend leads its session
 * (its autogroup holds no other process). Without autogroup support, or
 * without permission, the niceness above is all there is.
 */
function lowerOwnAutogroup(pid: number): void {
  try {
    if (sessionIdOf(readFileSync(`/proc/${pid}/stat`, 'utf8')) !== pid) return;
    writeFileSync(`/proc/${pid}/autogroup`, '19');
  } catch {
    // No /proc/<pid>/autogroup (kernel without CONFIG_SCHED_AUTOGROUP) or not ours to change.
  }
}

/** The session id in a /proc/<pid>/stat line (`pid (comm) state ppid pgrp session ...`; comm may hold spaces and parentheses). */
export function sessionIdOf(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
}
