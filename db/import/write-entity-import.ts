import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '~/db/client';
import { customers, opportunities, products } from '~/db/schema';
import type { TEntityPlan } from '~/domain/import/plan-entity-import';
import { assignRanks } from './assign-ranks';
import { insertJsonRows } from './insert-json-rows';

/** Noon UTC of a date: the same calendar day in every time zone from UTC−12 to UTC+11. */
export const dateToTimestamp = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** Inserts the valid rows of an error-free plan (inside the caller's transaction); returns how many. */
export async function writeEntityImport(tx: DbOrTx, organizationId: string, plan: TEntityPlan): Promise<number> {
  if (plan.entity === 'customers') {
    await insertJsonRows(tx, customers, plan.rows.map(({ row }) => ({ id: randomUUID(), organizationId, ...row })));
  } else if (plan.entity === 'products') {
    await insertJsonRows(tx, products, plan.rows.map(({ row }) => ({ id: randomUUID(), organizationId, ...row })));
  } else {
    const rows = plan.rows.map(({ index: _index, closedAt, ...row }) => ({ ...row, id: randomUUID(), closedAt: closedAt ? dateToTimestamp(closedAt) : null }));
    const ranks = await assignRanks(tx, organizationId, rows);
    await insertJsonRows(tx, opportunities, rows.map((row) => ({ ...row, organizationId, rank: ranks.get(row.id)! })));
  }
  return plan.rows.length;
}
