import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { organizations } from '~/db/schema';

/** The origins an organization allows to frame its meeting-mode boards (validated when saved); [] when none or unknown. */
export async function embedOriginsOf(db: Db, organizationId: string): Promise<string[]> {
  const [row] = await db.select({ embedOrigins: organizations.embedOrigins }).from(organizations).where(eq(organizations.id, organizationId));
  return row?.embedOrigins ?? [];
}
