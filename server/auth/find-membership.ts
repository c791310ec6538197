import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { members } from '~/db/schema';
import type { TRole } from '~/domain/roles';

/** Every procedure runs this, so it is a prepared statement (built once per database handle). */
const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  return db
    .select({ role: members.role, memberId: members.id })
    .from(members)
    .where(and(eq(members.organizationId, sql.placeholder('organizationId')), eq(members.userId, sql.placeholder('userId'))))
    .limit(1)
    .prepare('find_membership');
}

/** The user's membership (role) in one organization, or null when they are not a member. */
export async function findMembership(db: Db, userId: string, organizationId: string): Promise<{ memberId: string; role: TRole } | null> {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = prepare(db)));
  const [membership] = await query.execute({ organizationId, userId });
  return membership ?? null;
}
