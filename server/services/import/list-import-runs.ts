import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { importRuns, users } from '~/db/schema';

/** The organization's latest import runs, newest first, without their issue lists. */
export async function listImportRuns(db: DbOrTx, organizationId: string, limit = 50) {
  return db
    .select({
      id: importRuns.id,
      entity: importRuns.entity,
      fileName: importRuns.fileName,
      status: importRuns.status,
      rowCount: importRuns.rowCount,
      createdAt: importRuns.createdAt,
      createdByName: users.name,
    })
    .from(importRuns)
    .leftJoin(users, eq(users.id, importRuns.createdBy))
    .where(eq(importRuns.organizationId, organizationId))
    .orderBy(desc(importRuns.createdAt))
    .limit(limit);
}
