import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';

export type TOverrideInForce = {
  id: string;
  ownerId: string;
  month: string;
  category: 'commit' | 'best_case' | 'pipeline';
  amountMinor: number;
  originalMinor: number;
  note: string;
  byUserId: string | null;
  at: string;
};

/** The override in force per (owner, month, category): the newest row. `fromMonth` limits to that month onwards ('YYYY-MM'). */
export async function loadOverridesInForce(db: DbOrTx, organizationId: string, fromMonth?: string): Promise<TOverrideInForce[]> {
  const rows = rowsOf<{ id: string; owner_id: string; month: string; category: TOverrideInForce['category']; amount_minor: string; original_minor: string; note: string; created_by: string | null; at: string }>(
    await db.execute(sql`
      select distinct on (owner_id, month, category) id::text, owner_id, to_char(month, 'YYYY-MM') as month, category,
             amount_minor::text, original_minor::text, note, created_by,
             to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
      from forecast_overrides
      where organization_id = ${organizationId} ${fromMonth ? sql`and month >= ${`${fromMonth}-01`}::date` : sql``}
      order by owner_id, month, category, created_at desc, id desc`),
  );
  return rows.map((r) => ({
    id: r.id, ownerId: r.owner_id, month: r.month, category: r.category, amountMinor: Number(r.amount_minor),
    originalMinor: Number(r.original_minor), note: r.note, byUserId: r.created_by, at: r.at,
  }));
}
