import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';
import { CELL_KEY_SEPARATOR, type TOpenDealRow, type TPackedDeals } from '~/domain/forecast/open-deal-book';

type TScope = { organizationId: string; timeZone: string; currency: string; createdBefore: string };
type TRaw = { id: string; a: string; p: number; m: string; o: string; t: string | null; pl: string; c: TOpenDealRow['category']; e: boolean; ka: number; kb: number; s: string; cur: boolean; seq: string };

/** Local midnight of `createdBefore` as an instant: created before it ⟺ created on an earlier local day (no per-row time zone conversion). */
const createdBeforeInstant = (scope: TScope): SQL => sql`(${scope.createdBefore}::timestamp at time zone ${scope.timeZone})`;

/**
 * The columns of one deal for the forecast (see TOpenDealRow): expected
 * month, whether it existed before `createdBefore` (organization time
 * zone), and two hashes of its id that name its Monte Carlo random stream
 * (hashtext, the same on Postgres and PGlite).
 */
const columns = (scope: TScope): SQL => sql`
  id::text as id, amount_minor::text as a, probability as p, to_char(expected_close_date, 'YYYY-MM') as m, owner_id as o, team_id as t,
  pipeline_id::text as pl, forecast_category::text as c, created_at < ${createdBeforeInstant(scope)} as e,
  hashtext(id::text) as ka, hashtext(id::text || '#') as kb, status::text as s, currency = ${scope.currency} as cur, board_seq::text as seq`;

const toRow = (r: TRaw): TOpenDealRow => ({
  id: r.id, amountMinor: Number(r.a), probability: r.p, month: r.m, ownerId: r.o, teamId: r.t, pipelineId: r.pl, category: r.c, existedBefore: Boolean(r.e), streamA: r.ka, streamB: r.kb,
});

/** Separator of the packed columns (ASCII record separator: not in ids, and not the cell keys' separator). */
const SEP = '\u001e';

/**
 * Every open deal in the organization's currency (omitted ones too, for the
 * 'omitted' column), columnar: the simulation draws every deal, and the
 * pipeline cells are summed from the same data (open-deal-book.ts). Read
 * as ONE row of packed columns (string_agg, all fed the same rows in the
 * same order), which the driver parses far faster than 100k rows: this
 * runs on the server's event loop.
 */
export async function loadOpenDeals(db: DbOrTx, scope: TScope): Promise<TPackedDeals> {
  const [packed] = rowsOf<Record<'ids' | 'a' | 'p' | 'm' | 'ka' | 'kb' | 'ck' | 'om', string | null>>(
    await db.execute(sql`
      select string_agg(id::text, ${SEP}) as ids, string_agg(amount_minor::text, ${SEP}) as a, string_agg(probability::text, ${SEP}) as p,
             string_agg((extract(year from expected_close_date) * 12 + extract(month from expected_close_date) - 1)::text, ${SEP}) as m,
             string_agg(hashtext(id::text)::text, ${SEP}) as ka, string_agg(hashtext(id::text || '#')::text, ${SEP}) as kb,
             string_agg(concat_ws(${CELL_KEY_SEPARATOR}, to_char(expected_close_date, 'YYYY-MM'), owner_id, coalesce(team_id, ''), pipeline_id::text, forecast_category::text,
                        case when created_at < ${createdBeforeInstant(scope)} then '1' else '0' end), ${SEP}) as ck,
             string_agg(case when forecast_category = 'omitted' then '1' else '0' end, '') as om
      from opportunities where organization_id = ${scope.organizationId} and status = 'open' and currency = ${scope.currency}`),
  );
  const ids = packed?.ids ? packed.ids.split(SEP) : [];
  const n = ids.length;
  // One column at a time, giving the event loop back in between.
  const numbers = async <T extends Float64Array | Int16Array | Int32Array>(text: string | null | undefined, out: T): Promise<T> => {
    await new Promise((resolve) => setImmediate(resolve));
    const parts = n > 0 ? text!.split(SEP) : [];
    for (let i = 0; i < parts.length; i++) out[i] = Number(parts[i]);
    return out;
  };
  const omitted = new Uint8Array(n);
  for (let i = 0; i < n; i++) omitted[i] = packed!.om!.charCodeAt(i) === 49 ? 1 : 0;
  return {
    ids,
    amountMinor: await numbers(packed?.a, new Float64Array(n)),
    probability: await numbers(packed?.p, new Int16Array(n)),
    monthKey: await numbers(packed?.m, new Int32Array(n)),
    streamA: await numbers(packed?.ka, new Int32Array(n)),
    streamB: await numbers(packed?.kb, new Int32Array(n)),
    cellKeys: n > 0 ? packed!.ck!.split(SEP) : [],
    omitted,
  };
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
