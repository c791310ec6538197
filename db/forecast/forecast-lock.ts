import type { TDbHandle } from '~/db/client';

/** First key of the two-key advisory lock; the second is the organization id's hash. */
const FORECAST_LOCK_CLASS = 727_002;

/**
 * Runs `fn` while holding the organization's forecast lock, or returns
 * `{ ran: false }` at once when another process holds it. On Postgres it is
 * a session advisory lock (pg_try_advisory_lock) on a reserved connection,
 * so the lock and its unlock use the same session whatever the pool does.
 * PGlite is embedded in one process (the data dir lock keeps others out),
 * so there is nothing to lock across processes; the caller serializes runs
 * inside the process.
 */
export async function withForecastLock<T>(handle: TDbHandle, organizationId: string, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  if (handle.driver !== 'postgres' || !handle.sql) return { ran: true, value: await fn() };
  const reserved = await handle.sql.reserve();
  try {
    const [row] = await reserved<{ locked: boolean }[]>`select pg_try_advisory_lock(${FORECAST_LOCK_CLASS}, hashtext(${organizationId})) as locked`;
    if (!row?.locked) return { ran: false };
    try {
      return { ran: true, value: await fn() };
    } finally {
      await reserved`select pg_advisory_unlock(${FORECAST_LOCK_CLASS}, hashtext(${organizationId}))`;
    }
  } finally {
    reserved.release();
  }
}

/** Holds the lock of an organization until `release()` is called (tests and benchmarks: simulate another process). */
export async function holdForecastLock(url: string, organizationId: string): Promise<{ release: () => Promise<void> }> {
  const postgres = (await import('postgres')).default;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql`select pg_advisory_lock(${FORECAST_LOCK_CLASS}, hashtext(${organizationId}))`;
  return { release: () => sql.end({ timeout: 5 }) };
}
