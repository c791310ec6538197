import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { members, organizations, users } from '~/db/schema';
import type { TViewer } from '../viewer';
import { getOrganization } from './get-organization';

/** The signed-in user, their role, the active organization and all their memberships. */
export async function getMe(db: DbOrTx, viewer: TViewer) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, image: users.image })
    .from(users)
    .where(eq(users.id, viewer.userId));
  const memberships = await db
    .select({ organizationId: organizations.id, name: organizations.name, role: members.role })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(eq(members.userId, viewer.userId))
    .orderBy(asc(organizations.name));
  const organization = await getOrganization(db, viewer.organizationId);
  return { user: user!, role: viewer.role, organization, memberships };
}
