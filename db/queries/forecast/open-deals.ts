import { sql } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { rowsOf } from '~/db/rows';

/** Open deals for the simulation, columnar (cheap to post to a worker): amount in minor units, probability in percent, expected month. */
export type TOpenDeals = { amountMinor: Float64Array; probability: Uint8Array; month: string[] };

/**
 * Every open, not omitted deal in the organization's currency. Per deal by
 * nature (each one is a coin flip in the simulation), so only three columns.
 */
export async function loadOpenDeals(db: DbOrTx, organizationId: string, currency: string): Promise<TOpenDeals> {
  const rows = rowsOf<{ a: string; p: number; m: string }>(
    await db.execute(sql`
      select amount_minor::text as a, probability as p, to_char(expected_close_date, 'YYYY-MM') as m
      from opportunities
      where organization_id = ${organizationId} and status = 'open' and forecast_category <> 'omitted' and currency = ${currency}`),
  );
  const out: TOpenDeals = { amountMinor: new Float64Array(rows.length), probability: new Uint8Array(rows.length), month: new Array<string>(rows.length) };
  rows.forEach((r, i) => {
    out.amountMinor[i] = Number(r.a);
    out.probability[i] = r.p;
    out.month[i] = r.m;
  });
  return out;
}
