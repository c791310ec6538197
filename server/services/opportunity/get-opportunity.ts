import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { customers, opportunities, pipelines, stages, teams, users } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { listHistory } from './list-history';

/**
 * One opportunity of the organization with the names a detail view prints
 * (customer, owner, team, pipeline, stage) and its history, newest first.
 * Amounts are integer minor units of `currency`; dates are 'YYYY-MM-DD'.
 * Other organizations' ids answer NOT_FOUND.
 */
export async function getOpportunity(db: DbOrTx, organizationId: string, id: string) {
  const [opportunity] = await db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      customerId: opportunities.customerId,
      customerName: customers.legalName,
      ownerId: opportunities.ownerId,
      ownerName: users.name,
      teamId: opportunities.teamId,
      teamName: teams.name,
      pipelineId: opportunities.pipelineId,
      pipelineName: pipelines.name,
      stageId: opportunities.stageId,
      stageName: stages.name,
      type: opportunities.type,
      amountMinor: opportunities.amountMinor,
      currency: opportunities.currency,
      probability: opportunities.probability,
      expectedCloseDate: opportunities.expectedCloseDate,
      status: opportunities.status,
      lostReason: opportunities.lostReason,
      forecastCategory: opportunities.forecastCategory,
      version: opportunities.version,
      stageEnteredAt: opportunities.stageEnteredAt,
      closedAt: opportunities.closedAt,
      createdAt: opportunities.createdAt,
      updatedAt: opportunities.updatedAt,
    })
    .from(opportunities)
    .innerJoin(users, eq(users.id, opportunities.ownerId))
    .innerJoin(pipelines, eq(pipelines.id, opportunities.pipelineId))
    .innerJoin(stages, eq(stages.id, opportunities.stageId))
    .leftJoin(customers, eq(customers.id, opportunities.customerId))
    .leftJoin(teams, eq(teams.id, opportunities.teamId))
    .where(and(eq(opportunities.id, id), eq(opportunities.organizationId, organizationId)));
  if (!opportunity) throw new AppError('NOT_FOUND', { message: 'Opportunity not found.' });
  const history = await listHistory(db, organizationId, id);
  return { opportunity, history };
}
