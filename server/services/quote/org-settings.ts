import { eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { organizations } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** The organization settings quotes depend on: name, currency, locale and the discount approval threshold (bps). */
export async function quoteOrgSettings(db: DbOrTx, organizationId: string) {
  const [org] = await db
    .select({
      name: organizations.name,
      currency: organizations.currency,
      locale: organizations.locale,
      timeZone: organizations.timeZone,
      thresholdBps: organizations.discountApprovalThresholdBps,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) throw new AppError('NOT_FOUND', { message: 'Organization not found.' });
  return org;
}
