import { asc, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { organizations } from '~/db/schema';

/**
 * The organization to import into: the one with `slug`, or the only one
 * when no slug is given. Throws a message listing the slugs otherwise.
 */
export async function findOrganization(db: Db, slug: string | undefined): Promise<{ id: string; name: string; slug: string }> {
  const all = await db.select({ id: organizations.id, name: organizations.name, slug: organizations.slug }).from(organizations).orderBy(asc(organizations.slug));
  const list = () => (all.length ? `Organizations: ${all.map((o) => o.slug).join(', ')}.` : 'The database has no organization yet (run npm run db:seed or start the server once).');
  if (slug) {
    const [org] = await db.select({ id: organizations.id, name: organizations.name, slug: organizations.slug }).from(organizations).where(eq(organizations.slug, slug));
    if (!org) throw new Error(`No organization with slug "${slug}". ${list()}`);
    return org;
  }
  if (all.length !== 1) throw new Error(`Choose the organization with --org <slug>. ${list()}`);
  return all[0]!;
}
