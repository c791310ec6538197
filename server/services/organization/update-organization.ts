import { eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { organizations } from '~/db/schema';
import type { TOrganizationSettings } from '~/domain/schemas/organization';
import type { TViewer } from '../viewer';
import { getOrganization } from './get-organization';

/** Updates the viewer's organization settings (admin only; checked by the procedure). */
export async function updateOrganization(db: DbOrTx, viewer: TViewer, patch: TOrganizationSettings) {
  if (Object.keys(patch).length > 0) {
    await db.update(organizations).set(patch).where(eq(organizations.id, viewer.organizationId));
  }
  return getOrganization(db, viewer.organizationId);
}
