import { eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { organizations } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** The organization row with its settings. */
export async function getOrganization(db: DbOrTx, organizationId: string) {
  const [org] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      currency: organizations.currency,
      locale: organizations.locale,
      timeZone: organizations.timeZone,
      probabilityBands: organizations.probabilityBands,
      stageSetsProbability: organizations.stageSetsProbability,
      embedOrigins: organizations.embedOrigins,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) throw new AppError('NOT_FOUND', { message: 'Organization not found.' });
  return org;
}
