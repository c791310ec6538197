import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, members, opportunities, organizations, pipelines, products, stages, users } from '~/db/schema';
import type { TImportContext } from '~/domain/import/import-context';

/**
 * Reads what a single-entity import validates against: the organization's
 * currency and locale, customers, SKUs, members, pipelines with stages and
 * the external refs already used. Every query filters by the organization.
 */
export async function loadImportContext(db: DbOrTx, organizationId: string, viewerUserId: string, locale?: string): Promise<TImportContext> {
  const [org] = await db.select({ currency: organizations.currency, locale: organizations.locale }).from(organizations).where(eq(organizations.id, organizationId));
  if (!org) throw new Error(`import: organization ${organizationId} not found`);
  const [customerRows, productRows, memberRows, pipelineRows, stageRows, refRows] = await Promise.all([
    db.select({ id: customers.id, legalName: customers.legalName, taxId: customers.taxId }).from(customers).where(eq(customers.organizationId, organizationId)),
    db.select({ sku: products.sku }).from(products).where(eq(products.organizationId, organizationId)),
    db.select({ userId: users.id, name: users.name, email: users.email }).from(members).innerJoin(users, eq(users.id, members.userId)).where(eq(members.organizationId, organizationId)),
    db.select({ id: pipelines.id, name: pipelines.name, isDefault: pipelines.isDefault }).from(pipelines).where(eq(pipelines.organizationId, organizationId)).orderBy(asc(pipelines.position), asc(pipelines.name)),
    db.select({ id: stages.id, pipelineId: stages.pipelineId, name: stages.name, position: stages.position, defaultProbability: stages.defaultProbability }).from(stages).where(eq(stages.organizationId, organizationId)),
    db.select({ ref: opportunities.externalRef }).from(opportunities).where(and(eq(opportunities.organizationId, organizationId), isNotNull(opportunities.externalRef))),
  ]);
  return {
    locale: locale ?? org.locale,
    currency: org.currency,
    viewerUserId,
    customers: customerRows,
    productSkus: productRows.map((p) => p.sku),
    members: memberRows,
    pipelines: pipelineRows.map((p) => ({ ...p, stages: stageRows.filter((s) => s.pipelineId === p.id) })),
    externalRefs: refRows.map((r) => r.ref!),
  };
}
