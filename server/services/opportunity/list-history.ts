import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { opportunityEvents, stages, teams, users } from '~/db/schema';
import { historyChanges, referencedIds } from './history-changes';

/** Enough for any real deal; the oldest events beyond it are not shown. */
export const HISTORY_LIMIT = 200;
/** Stage ids are uuid columns; anything else in old events must not reach the query. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The history of one opportunity, newest first: who (null when the user was
 * deleted), what kind of change, which fields changed from what to what (ids
 * replaced by names), the version after the change and when.
 */
export async function listHistory(db: DbOrTx, organizationId: string, opportunityId: string) {
  const events = await db
    .select({
      id: opportunityEvents.id,
      kind: opportunityEvents.kind,
      actorId: opportunityEvents.actorId,
      actorName: users.name,
      from: opportunityEvents.from,
      to: opportunityEvents.to,
      version: opportunityEvents.version,
      createdAt: opportunityEvents.createdAt,
    })
    .from(opportunityEvents)
    .leftJoin(users, eq(users.id, opportunityEvents.actorId))
    .where(and(eq(opportunityEvents.organizationId, organizationId), eq(opportunityEvents.opportunityId, opportunityId)))
    .orderBy(desc(opportunityEvents.version), desc(opportunityEvents.createdAt))
    .limit(HISTORY_LIMIT);
  const ids = referencedIds(events);
  const stageIds = [...ids.stage].filter((id) => UUID.test(id));
  const [stageRows, ownerRows, teamRows] = await Promise.all([
    stageIds.length
      ? db.select({ id: stages.id, name: stages.name }).from(stages).where(and(eq(stages.organizationId, organizationId), inArray(stages.id, stageIds)))
      : [],
    ids.owner.size ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids.owner])) : [],
    ids.team.size
      ? db.select({ id: teams.id, name: teams.name }).from(teams).where(and(eq(teams.organizationId, organizationId), inArray(teams.id, [...ids.team])))
      : [],
  ]);
  const toMap = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  const names = { stage: toMap(stageRows), owner: toMap(ownerRows), team: toMap(teamRows) };
  return events.map(({ from, to, ...event }) => ({ ...event, changes: historyChanges(from, to, names) }));
}
