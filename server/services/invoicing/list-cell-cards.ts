import type { DbOrTx } from '~/db/client';
import { localDateOf, periodRange, type TMonth } from '~/domain/invoicing/months';
import type { TInvoicingFilter, TInvoicingLane } from '~/domain/schemas/invoicing';
import { getOrganization } from '../organization/get-organization';
import { cellCards } from './board-cards';

type TInput = { lane: TInvoicingLane; month: TMonth; filter: TInvoicingFilter; offset: number; limit: number };

/** More cards of one cell (lane × month), in the board's order, for "+N more". */
export async function listCellCards(db: DbOrTx, organizationId: string, input: TInput, now = new Date()) {
  const org = await getOrganization(db, organizationId);
  const period = { today: localDateOf(now, org.timeZone), ...periodRange(input.month, 1) };
  const scope = { organizationId, currency: org.currency, timeZone: org.timeZone, period, filter: input.filter };
  return cellCards(db, input.lane, scope, input.offset, input.limit);
}
