import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import { invoicingLanes, type TInvoicingLane } from '~/domain/schemas/invoicing';
import type { TBoardScope } from './board-scope';
import { laneSource } from './lane-sources';

/**
 * Count and net total (minor units of the organization's currency) of one
 * lane's documents in one month with one status; `weightedMinor` is
 * amount × probability (rounded per deal) for open deals, 0 otherwise.
 */
export type TLaneAggregate = { lane: TInvoicingLane; month: string; status: string; count: number; amountMinor: number; weightedMinor: number };

/**
 * Every lane grouped by month and status, in SQL (one grouped query per
 * lane; no document rows are loaded). Only documents in the organization's
 * currency are summed; `otherCurrency` counts the rest per lane so the UI can
 * say they are left out.
 */
export async function aggregateLanes(db: DbOrTx, scope: TBoardScope) {
  const aggregates: TLaneAggregate[] = [];
  const otherCurrency = { opportunities: 0, orders: 0, invoices: 0 } as Record<TInvoicingLane, number>;
  for (const lane of invoicingLanes) {
    const result = await db.execute(sql`
      select s.month, s.status, count(*)::int as count,
        coalesce(sum(s."amountMinor") filter (where s.currency = ${scope.currency}), 0)::bigint as "amountMinor",
        coalesce(sum(round(s."amountMinor" * s.probability / 100.0)) filter (where s.status = 'open' and s.currency = ${scope.currency}), 0)::bigint as "weightedMinor",
        count(*) filter (where s.currency <> ${scope.currency})::int as other
      from (${laneSource(lane, scope, false)}) s
      group by s.month, s.status
      order by s.month, s.status`);
    for (const row of rowsOf<{ month: string; status: string; count: number; amountMinor: string | number; weightedMinor: string | number; other: number }>(result)) {
      const other = Number(row.other);
      otherCurrency[lane] += other;
      const count = Number(row.count) - other;
      if (count === 0) continue;
      aggregates.push({ lane, month: row.month, status: row.status, count, amountMinor: Number(row.amountMinor), weightedMinor: Number(row.weightedMinor) });
    }
  }
  return { aggregates, otherCurrency };
}
