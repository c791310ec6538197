import { and, eq, isNotNull, like } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, members, opportunities, organizations, pipelines, products, stages, teamMembers, teams, users } from '~/db/schema';
import { DATASET_PIPELINE, type TDatasetContext } from '~/domain/import/dataset/plan-dataset';

/** What the data set import links to in the organization (see TDatasetContext). */
export async function loadDatasetContext(db: DbOrTx, organizationId: string): Promise<TDatasetContext> {
  const [org] = await db.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, organizationId));
  if (!org) throw new Error(`import: organization ${organizationId} not found`);
  const [customerRows, productRows, userRows, memberRows, teamRows, teamMemberRows, pipelineRows, refRows] = await Promise.all([
    db.select({ id: customers.id, legalName: customers.legalName }).from(customers).where(eq(customers.organizationId, organizationId)),
    db.select({ id: products.id, sku: products.sku, unitPriceMinor: products.unitPriceMinor }).from(products).where(eq(products.organizationId, organizationId)),
    // People a previous import derived for this organization (see importedEmail).
    db.select({ id: users.id, email: users.email }).from(users).where(like(users.email, `%@${org.slug.replace(/[\\%_]/g, '\\$&')}.import.invalid`)),
    db.select({ userId: members.userId, role: members.role }).from(members).where(eq(members.organizationId, organizationId)),
    db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.organizationId, organizationId)),
    db.select({ teamId: teamMembers.teamId, userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.organizationId, organizationId)),
    db.select({ id: pipelines.id }).from(pipelines).where(and(eq(pipelines.organizationId, organizationId), eq(pipelines.name, DATASET_PIPELINE))),
    db.select({ ref: opportunities.externalRef }).from(opportunities).where(and(eq(opportunities.organizationId, organizationId), isNotNull(opportunities.externalRef))),
  ]);
  const pipeline = pipelineRows[0];
  const stageRows = pipeline
    ? await db.select({ id: stages.id, name: stages.name, defaultProbability: stages.defaultProbability }).from(stages).where(and(eq(stages.organizationId, organizationId), eq(stages.pipelineId, pipeline.id)))
    : [];
  return {
    orgSlug: org.slug,
    customers: customerRows,
    products: productRows,
    users: userRows,
    members: memberRows,
    teams: teamRows,
    teamMembers: teamMemberRows,
    pipeline: pipeline ? { id: pipeline.id, stages: stageRows } : null,
    externalRefs: refRows.map((r) => r.ref!),
  };
}
