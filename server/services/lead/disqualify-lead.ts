import { and, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { leads } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import type { TViewer } from '../viewer';
import { decidedConflict } from './decided-conflict';
import { getLead } from './get-lead';

/** Marks a new lead disqualified with the reason, who and when. A decided lead answers CONFLICT. */
export async function disqualifyLead(db: Db, viewer: TViewer, id: string, reason: string) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: leads.status })
      .from(leads)
      .where(and(eq(leads.id, id), eq(leads.organizationId, viewer.organizationId)))
      .for('update');
    if (!current) throw new AppError('NOT_FOUND', { message: 'Lead not found.' });
    if (current.status !== 'new') throw await decidedConflict(tx, viewer.organizationId, id);
    const now = new Date();
    await tx
      .update(leads)
      .set({ status: 'disqualified', disqualifyReason: reason, decidedBy: viewer.userId, decidedAt: now, updatedAt: now })
      .where(and(eq(leads.id, id), eq(leads.organizationId, viewer.organizationId)));
    return getLead(tx, viewer.organizationId, id);
  });
}
