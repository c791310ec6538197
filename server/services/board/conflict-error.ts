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
  const change = changeOf(last?.kind);
  return new AppError('CONFLICT', { message: `${who} ${WORDS[change]} meanwhile.`, data: { card, actorName: who, change } });
}

/** What the last change was, as the client's message names it (it translates it; `message` is the English text). */
export type TConflictChange = 'moved' | 'changed' | 'closed' | 'reopened';
const WORDS: Record<TConflictChange, string> = { moved: 'moved this card', changed: 'changed this card', closed: 'closed this deal', reopened: 'reopened this deal' };

/** What the last change did: an edit in the detail form (or a new close month on the invoicing board) is a change, not a move. */
function changeOf(kind: (typeof opportunityEvents.$inferSelect)['kind'] | undefined): TConflictChange {
  switch (kind) {
    case 'updated':
      return 'changed';
    case 'won':
    case 'lost':
      return 'closed';
    case 'reopened':
      return 'reopened';
    default:
      return 'moved';
  }
}
