import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import type { TOpenDealRow } from '~/domain/forecast/open-deal-book';

type TScope = { organizationId: string; timeZone: string; currency: string; createdBefore: string };
type TRaw = { id: string; a: string; p: number; m: string; o: string; t: string | null; pl: string; c: TOpenDealRow['category']; e: boolean; ka: number; kb: number; s: string; cur: boolean; seq: string };

/**
 * The columns of one deal for the forecast (see TOpenDealRow): expected
 * month, whether it existed before `createdBefore` (organization time
 * zone), and two hashes of its id that name its Monte Carlo random stream
 * (hashtext, the same on Postgres and PGlite).
 */
const columns = (scope: TScope): SQL => sql`
  id::text as id, amount_minor::text as a, probability as p, to_char(expected_close_date, 'YYYY-MM') as m, owner_id as o, team_id as t,
  pipeline_id::text as pl, forecast_category::text as c, (created_at at time zone ${scope.timeZone})::date < ${scope.createdBefore}::date as e,
  hashtext(id::text) as ka, hashtext(id::text || '#') as kb, status::text as s, currency = ${scope.currency} as cur, board_seq::text as seq`;

const toRow = (r: TRaw): TOpenDealRow => ({
  id: r.id, amountMinor: Number(r.a), probability: r.p, month: r.m, ownerId: r.o, teamId: r.t, pipelineId: r.pl, category: r.c, existedBefore: Boolean(r.e), streamA: r.ka, streamB: r.kb,
});

/**
 * Every open deal in the organization's currency, one row each (omitted
 * ones too, for the 'omitted' column): the simulation draws every deal, and
 * the pipeline cells are summed from the same rows (open-deal-book.ts).
 */
export async function loadOpenDeals(db: DbOrTx, scope: TScope): Promise<TOpenDealRow[]> {
  const rows = rowsOf<TRaw>(await db.execute(sql`select ${columns(scope)} from opportunities where organization_id = ${scope.organizationId} and status = 'open' and currency = ${scope.currency}`));
  return rows.map(toRow);
}

/** A deal changed on a board since a board sequence number: its forecast row while open in the organization's currency, else null. */
export type TChangedDeal = { id: string; status: 'open' | 'won' | 'lost'; row: TOpenDealRow | null; seq: number };

/**
 * Deals whose board sequence number is above `sinceSeq` (every board change
 * stamps one: moves, edits, wins; index on organization, board_seq), in
 * sequence order.
 */
export async function loadChangedDeals(db: DbOrTx, scope: TScope & { sinceSeq: number }): Promise<TChangedDeal[]> {
  const rows = rowsOf<TRaw>(
    await db.execute(sql`select ${columns(scope)} from opportunities where organization_id = ${scope.organizationId} and board_seq > ${scope.sinceSeq} order by board_seq`),
  );
  return rows.map((r) => ({ id: r.id, status: r.s as TChangedDeal['status'], row: r.s === 'open' && r.cur ? toRow(r) : null, seq: Number(r.seq) }));
}

/** The organization's board sequence number now (0 before its first board change). */
export async function boardSeqOf(db: DbOrTx, organizationId: string): Promise<number> {
  const [row] = rowsOf<{ seq: string }>(await db.execute(sql`select seq::text as seq from board_sequences where organization_id = ${organizationId}`));
  return row ? Number(row.seq) : 0;
}
