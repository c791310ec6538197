import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { leads, opportunities, opportunityEvents, orders, orderStatusChanges, stages, teams, users } from '~/db/schema';
import { mergeTimeline, type TTimelineEntry } from '~/domain/customer/timeline';
import { historyChanges, referencedIds } from '../opportunity/history-changes';
import type { TCustomerDocuments } from './customer-documents';

/** Entries shown; older activity stays in each document's own history. */
export const TIMELINE_LIMIT = 100;

/**
 * A customer's activity, newest first: opportunity events (who, what
 * changed; not reorders within a board column), order state changes (who), quote and invoice milestones from
 * their timestamps, and the lead qualified into this customer. Quote and
 * invoice milestones carry no actor except approvals: the tables record
 * when, not who.
 */
export async function customerTimeline(db: DbOrTx, organizationId: string, customerId: string, docs: TCustomerDocuments) {
  const [events, orderChanges, qualified] = await Promise.all([
    db
      .select({
        id: opportunityEvents.id,
        kind: opportunityEvents.kind,
        from: opportunityEvents.from,
        to: opportunityEvents.to,
        createdAt: opportunityEvents.createdAt,
        opportunityId: opportunityEvents.opportunityId,
        title: opportunities.title,
        actorName: users.name,
      })
      .from(opportunityEvents)
      .innerJoin(opportunities, eq(opportunities.id, opportunityEvents.opportunityId))
      .leftJoin(users, eq(users.id, opportunityEvents.actorId))
      // A card's new place within its board column says nothing about the customer.
      .where(and(eq(opportunityEvents.organizationId, organizationId), eq(opportunities.customerId, customerId), ne(opportunityEvents.kind, 'reordered')))
      .orderBy(desc(opportunityEvents.createdAt))
      .limit(TIMELINE_LIMIT),
    db
      .select({
        id: orderStatusChanges.id,
        toStatus: orderStatusChanges.toStatus,
        fromStatus: orderStatusChanges.fromStatus,
        createdAt: orderStatusChanges.createdAt,
        orderId: orders.id,
        number: orders.number,
        actorName: users.name,
      })
      .from(orderStatusChanges)
      .innerJoin(orders, eq(orders.id, orderStatusChanges.orderId))
      .leftJoin(users, eq(users.id, orderStatusChanges.actorId))
      .where(and(eq(orderStatusChanges.organizationId, organizationId), eq(orders.customerId, customerId)))
      .orderBy(desc(orderStatusChanges.createdAt))
      .limit(TIMELINE_LIMIT),
    db
      .select({ id: leads.id, fullName: leads.fullName, decidedAt: leads.decidedAt, actorName: users.name })
      .from(leads)
      .leftJoin(users, eq(users.id, leads.decidedBy))
      .where(and(eq(leads.organizationId, organizationId), eq(leads.customerId, customerId), eq(leads.status, 'qualified'))),
  ]);
  const names = await eventNames(db, organizationId, events);
  const approvers = await userNames(db, docs.quotes.map((q) => q.approvalDecidedBy));

  const fromEvents: TTimelineEntry[] = events.map((e) => ({
    id: `opportunity:${e.id}`,
    at: e.createdAt.toISOString(),
    source: 'opportunity',
    action: e.kind,
    refId: e.opportunityId,
    refLabel: e.title,
    actorName: e.actorName,
    changes: historyChanges(e.from, e.to, names),
  }));
  const fromOrders: TTimelineEntry[] = orderChanges.map((c) => ({
    id: `order:${c.id}`,
    at: c.createdAt.toISOString(),
    source: 'order',
    action: c.toStatus,
    refId: c.orderId,
    refLabel: c.number,
    actorName: c.actorName,
    changes: c.fromStatus ? [{ field: 'status', from: c.fromStatus, to: c.toStatus }] : undefined,
  }));
  const milestone = (source: 'quote' | 'invoice', doc: { id: string; number: string }, action: string, at: Date | null, actorName: string | null = null): TTimelineEntry[] =>
    at ? [{ id: `${source}:${doc.id}:${action}`, at: at.toISOString(), source, action, refId: doc.id, refLabel: doc.number, actorName }] : [];
  const fromQuotes = docs.quotes.flatMap((q) => [
    ...milestone('quote', q, 'created', q.createdAt),
    ...milestone('quote', q, 'sent', q.sentAt),
    ...(q.status === 'accepted' || q.status === 'rejected' || q.status === 'expired' ? milestone('quote', q, q.status, q.decidedAt) : []),
    ...(q.approvalStatus === 'approved' || q.approvalStatus === 'rejected'
      ? milestone('quote', q, `approval_${q.approvalStatus}`, q.approvalDecidedAt, approvers.get(q.approvalDecidedBy ?? '') ?? null)
      : []),
  ]);
  const fromInvoices = docs.invoices.flatMap((i) => [
    ...milestone('invoice', i, 'created', i.createdAt),
    ...milestone('invoice', i, 'authorized', i.authorizedAt),
    ...milestone('invoice', i, 'paid', i.paidAt),
  ]);
  const fromLeads: TTimelineEntry[] = qualified.flatMap((l) =>
    l.decidedAt
      ? [{ id: `lead:${l.id}`, at: l.decidedAt.toISOString(), source: 'lead' as const, action: 'qualified', refId: l.id, refLabel: l.fullName, actorName: l.actorName }]
      : [],
  );
  return mergeTimeline([fromEvents, fromOrders, fromQuotes.slice(0, TIMELINE_LIMIT * 3), fromInvoices.slice(0, TIMELINE_LIMIT * 3), fromLeads], TIMELINE_LIMIT);
}

/** Stage, owner and team names that the events refer to by id. */
async function eventNames(db: DbOrTx, organizationId: string, events: { from: Record<string, unknown> | null; to: Record<string, unknown> | null }[]) {
  const ids = referencedIds(events);
  const UUID = /^[0-9a-f-]{36}$/i;
  const stageIds = [...ids.stage].filter((id) => UUID.test(id));
  const [stageRows, teamRows, owners] = await Promise.all([
    stageIds.length
      ? db.select({ id: stages.id, name: stages.name }).from(stages).where(and(eq(stages.organizationId, organizationId), inArray(stages.id, stageIds)))
      : [],
    ids.team.size
      ? db.select({ id: teams.id, name: teams.name }).from(teams).where(and(eq(teams.organizationId, organizationId), inArray(teams.id, [...ids.team])))
      : [],
    userNames(db, [...ids.owner]),
  ]);
  return { stage: new Map(stageRows.map((r) => [r.id, r.name])), team: new Map(teamRows.map((r) => [r.id, r.name])), owner: owners };
}

async function userNames(db: DbOrTx, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
