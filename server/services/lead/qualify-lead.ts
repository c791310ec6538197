import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '~/db/client';
import { leads, opportunities, opportunityEvents, organizations, pipelines, stages } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { rankBetween } from '~/domain/board/ranks';
import type { TLeadQualifyInput } from '~/domain/schemas/lead';
import type { TPublish } from '~/server/trpc/context';
import { stampBoardSeq } from '../board/bump-board-seq';
import { selectCards } from '../board/card-query';
import { CARD_EVENT, type TCardEvent } from '../board/move-opportunity';
import { ownerTeam } from '../opportunity/owner-team';
import type { TViewer } from '../viewer';
import { decidedConflict } from './decided-conflict';
import { resolveContact, resolveCustomer } from './resolve-customer';

/**
 * Qualifies a new lead in one transaction: creates or links the customer and
 * the contact, opens an opportunity in the first stage of the chosen pipeline
 * (ranked last in that column, stamped with the next board sequence), and
 * marks the lead qualified with the links and who/when. After the commit the
 * new card goes to every board of the organization. A lead that is already
 * decided answers CONFLICT, so a second qualify creates nothing.
 */
export async function qualifyLead(db: Db, viewer: TViewer & { name: string }, input: TLeadQualifyInput, publish: TPublish) {
  const result = await db.transaction(async (tx) => {
    const [lead] = await tx
      .select()
      .from(leads)
      .where(and(eq(leads.id, input.id), eq(leads.organizationId, viewer.organizationId)))
      .for('update');
    if (!lead) throw new AppError('NOT_FOUND', { message: 'Lead not found.' });
    if (lead.status !== 'new') throw await decidedConflict(tx, viewer.organizationId, lead.id);

    const customer = await resolveCustomer(tx, viewer.organizationId, input.customer);
    const contact = await resolveContact(tx, viewer.organizationId, customer.id, input.contact, lead);
    const opportunityId = await openOpportunity(tx, viewer, input.opportunity, customer.id, lead.source, lead.ownerId);
    const now = new Date();
    await tx
      .update(leads)
      .set({ status: 'qualified', customerId: customer.id, contactId: contact.id, opportunityId, decidedBy: viewer.userId, decidedAt: now, updatedAt: now })
      .where(eq(leads.id, lead.id));
    const [card] = await selectCards(tx, viewer.organizationId, eq(opportunities.id, opportunityId));
    // Last, so the organization's sequence row stays locked as briefly as possible.
    const seq = await stampBoardSeq(tx, viewer.organizationId, opportunityId);
    return { card: { ...card!, boardSeq: seq }, seq, customer, contact, opportunityId };
  });
  const event: TCardEvent = { card: result.card, seq: result.seq, actorId: viewer.userId, actorName: viewer.name, kind: 'created' };
  publish(viewer.organizationId, CARD_EVENT, event);
  return {
    leadId: input.id,
    customerId: result.customer.id,
    customerCreated: result.customer.created,
    contactId: result.contact.id,
    contactCreated: result.contact.created,
    opportunityId: result.opportunityId,
    card: result.card,
  };
}

/** Inserts the opportunity and its 'created' history event; returns its id. */
async function openOpportunity(
  tx: Tx,
  viewer: TViewer,
  deal: TLeadQualifyInput['opportunity'],
  customerId: string,
  source: string | null,
  leadOwnerId: string | null,
) {
  const [pipeline] = await tx
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(and(eq(pipelines.id, deal.pipelineId), eq(pipelines.organizationId, viewer.organizationId)));
  if (!pipeline) throw new AppError('NOT_FOUND', { message: 'Pipeline not found.' });
  const [stage] = await tx
    .select({ id: stages.id, defaultProbability: stages.defaultProbability })
    .from(stages)
    .where(and(eq(stages.pipelineId, pipeline.id), eq(stages.organizationId, viewer.organizationId)))
    .orderBy(asc(stages.position))
    .limit(1);
  if (!stage) throw new AppError('INVALID_INPUT', { message: 'That pipeline has no stages yet; add one in Settings first.' });
  const ownerId = deal.ownerId ?? leadOwnerId ?? viewer.userId;
  const teamId = await ownerTeam(tx, viewer.organizationId, ownerId, null);
  const [org] = await tx.select({ currency: organizations.currency }).from(organizations).where(eq(organizations.id, viewer.organizationId));
  const [last] = await tx
    .select({ rank: opportunities.rank })
    .from(opportunities)
    .where(and(eq(opportunities.organizationId, viewer.organizationId), eq(opportunities.stageId, stage.id), eq(opportunities.status, 'open')))
    .orderBy(desc(sql`${opportunities.rank} collate "C"`))
    .limit(1);
  const [row] = await tx
    .insert(opportunities)
    .values({
      organizationId: viewer.organizationId,
      title: deal.title,
      customerId,
      ownerId,
      teamId,
      pipelineId: pipeline.id,
      stageId: stage.id,
      type: 'new_business',
      source: source ?? 'lead',
      amountMinor: deal.amountMinor,
      currency: org!.currency,
      probability: stage.defaultProbability,
      expectedCloseDate: deal.expectedCloseDate,
      rank: rankBetween(last?.rank ?? null, null),
    })
    .returning({ id: opportunities.id });
  await tx.insert(opportunityEvents).values({
    organizationId: viewer.organizationId,
    opportunityId: row!.id,
    actorId: viewer.userId,
    kind: 'created',
    from: null,
    to: { stageId: stage.id, probability: stage.defaultProbability, amountMinor: deal.amountMinor, expectedCloseDate: deal.expectedCloseDate },
    version: 1,
  });
  return row!.id;
}
