import type { TDbHandle } from '~/db/client';
import { monoMs } from '../../lib/clock';

/**
 * Baselines through the bare driver (postgres.js tagged template, or the
 * PGlite client): no drizzle, no transaction, no HTTP. Each returns per-call
 * durations in milliseconds.
 */

/** Version-checked UPDATEs of one card, alternating its probability; fails if a version is stale. */
export async function rawUpdates(handle: TDbHandle, input: { id: string; version: number; iterations: number }) {
  const ms: number[] = [];
  let version = input.version;
  for (let i = 0; i < input.iterations; i++) {
    const probability = version % 2 === 0 ? 40 : 60;
    const t0 = monoMs();
    const changed = handle.sql
      ? (await handle.sql`update opportunities set probability = ${probability}, version = version + 1 where id = ${input.id} and version = ${version}`).count
      : (await handle.pglite!.query('update opportunities set probability = $1, version = version + 1 where id = $2 and version = $3', [probability, input.id, version])).affectedRows;
    ms.push(monoMs() - t0);
    if (changed !== 1) throw new Error(`raw UPDATE of ${input.id} at version ${version} changed ${changed} rows`);
    version += 1;
  }
  return { ms, version };
}

/** Full scans of one organization's opportunities; `rows` is the row count of the last scan. */
export async function rawScans(handle: TDbHandle, input: { organizationId: string; iterations: number }) {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < input.iterations; i++) {
    const t0 = monoMs();
    rows = handle.sql
      ? (await handle.sql`select * from opportunities where organization_id = ${input.organizationId}`).length
      : (await handle.pglite!.query('select * from opportunities where organization_id = $1', [input.organizationId])).rows.length;
    ms.push(monoMs() - t0);
  }
  return { ms, rows };
}
