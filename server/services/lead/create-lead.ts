import type { DbOrTx } from '~/db/client';
import { leads } from '~/db/schema';
import type { TLeadCreateInput } from '~/domain/schemas/lead';
import { checkedTaxId } from '../customer/checked-tax-id';
import { assertLeadOwner } from './assert-owner';
import { getLead } from './get-lead';

/**
 * Records a new lead. The tax id is checked only when the country is known
 * (a lead is often just a name and a company). Without an owner, the lead
 * belongs to whoever created it.
 */
export async function createLead(db: DbOrTx, viewer: { organizationId: string; userId: string }, input: TLeadCreateInput) {
  const ownerId = input.ownerId === undefined ? viewer.userId : input.ownerId;
  await assertLeadOwner(db, viewer.organizationId, ownerId);
  const taxId = input.country ? checkedTaxId(input.country, input.taxId) : (input.taxId ?? null);
  const [row] = await db
    .insert(leads)
    .values({ ...input, taxId, ownerId, organizationId: viewer.organizationId })
    .returning({ id: leads.id });
  return getLead(db, viewer.organizationId, row!.id);
}
