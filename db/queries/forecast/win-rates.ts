import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';

/** Won and lost deal counts of all time, per owner (ownerId) and for the organization (ownerId null). */
export async function loadWinCounts(db: DbOrTx, organizationId: string): Promise<{ ownerId: string | null; won: number; lost: number }[]> {
  const rows = rowsOf<{ owner_id: string | null; g: number; won: number; lost: number }>(
    await db.execute(sql`
      select owner_id, grouping(owner_id) as g,
             count(*) filter (where status = 'won')::int as won, count(*) filter (where status = 'lost')::int as lost
      from opportunities
      where organization_id = ${organizationId} and status in ('won', 'lost')
      group by grouping sets ((), (owner_id))`),
  );
  return rows.map((r) => ({ ownerId: Number(r.g) === 1 ? null : r.owner_id, won: Number(r.won), lost: Number(r.lost) }));
}
