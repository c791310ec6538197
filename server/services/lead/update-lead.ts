import { and, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { leads } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TLeadPatch } from '~/domain/schemas/lead';
import { checkedTaxId } from '../customer/checked-tax-id';
import { assertLeadOwner } from './assert-owner';
import { getLead } from './get-lead';

/**
 * Edits a lead that is still new. A qualified or disqualified lead is a
 * record of a decision: its data lives on in the customer and opportunity.
 */
export async function updateLead(db: Db, organizationId: string, id: string, patch: TLeadPatch) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: leads.status, country: leads.country, taxId: leads.taxId })
      .from(leads)
      .where(and(eq(leads.id, id), eq(leads.organizationId, organizationId)))
      .for('update');
    if (!current) throw new AppError('NOT_FOUND', { message: 'Lead not found.' });
    if (current.status !== 'new') {
      throw new AppError('CONFLICT', { message: `This lead was already ${current.status}; it can no longer be edited.` });
    }
    await assertLeadOwner(tx, organizationId, patch.ownerId);
    const set: TLeadPatch = { ...patch };
    const country = patch.country !== undefined ? patch.country : current.country;
    if ((patch.taxId !== undefined || patch.country !== undefined) && country) {
      set.taxId = checkedTaxId(country, patch.taxId !== undefined ? patch.taxId : current.taxId);
    }
    await tx
      .update(leads)
      .set({ ...set, updatedAt: new Date() })
      .where(and(eq(leads.id, id), eq(leads.organizationId, organizationId)));
    return getLead(tx, organizationId, id);
  });
}
