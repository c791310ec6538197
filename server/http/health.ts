import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import type { TDbHandle } from '~/db/client';
import { migrationsApplied } from '~/db/migrate';

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** `/healthz`: the process is alive. */
export function handleHealthz(_req: IncomingMessage, res: ServerResponse) {
  json(res, 200, { status: 'ok' });
}

/** `/readyz`: the database answers within 2 s and every migration is applied. */
export async function handleReadyz(_req: IncomingMessage, res: ServerResponse, handle: TDbHandle, shuttingDown: boolean) {
  if (shuttingDown) return json(res, 503, { status: 'shutting-down' });
  try {
    const check = Promise.all([handle.db.execute(sql`select 1`), migrationsApplied(handle)]);
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2000).unref());
    const [, migrated] = await Promise.race([check, timeout]);
    if (!migrated) return json(res, 503, { status: 'migrations-pending' });
    json(res, 200, { status: 'ready', database: handle.driver });
  } catch (error) {
    json(res, 503, { status: 'database-unavailable', error: (error as Error).message });
  }
}
