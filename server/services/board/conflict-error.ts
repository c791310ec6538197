import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { opportunities, opportunityEvents, users } from '~/db/schema';
import { AppError } from '~/domain/app-error';
import { selectCards } from './card-query';

/**
 * The CONFLICT answer to a stale move: the card as it is now and who changed
 * it last, so the client can roll back and say "Ana moved this card meanwhile"
 * (or "edited", "closed", "reopened", after what that change was).
 */
export async function conflictError(db: DbOrTx, organizationId: string, opportunityId: string): Promise<AppError> {
  const [card] = await selectCards(db, organizationId, eq(opportunities.id, opportunityId));
  const [last] = await db
    .select({ name: users.name, kind: opportunityEvents.kind })
    .from(opportunityEvents)
    .innerJoin(users, eq(users.id, opportunityEvents.actorId))
    .where(and(eq(opportunityEvents.organizationId, organizationId), eq(opportunityEvents.opportunityId, opportunityId)))
    .orderBy(desc(opportunityEvents.version))
    .limit(1);
  const who = last?.name ?? 'Someone';
  return new AppError('CONFLICT', { message: `${who} ${whatWasDone(last?.kind)} meanwhile.`, data: { card, actorName: who } });
}

/** What the last change did, in the words of the conflict message: an edit in the detail form is not a move. */
function whatWasDone(kind: (typeof opportunityEvents.$inferSelect)['kind'] | undefined): string {
  switch (kind) {
    case 'updated':
      return 'edited this card';
    case 'won':
    case 'lost':
      return 'closed this deal';
    case 'reopened':
      return 'reopened this deal';
    default:
      return 'moved this card';
  }
}
