import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { importRuns } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** One import run of the organization (404 for another organization's id). */
export async function getImportRun(db: DbOrTx, organizationId: string, id: string) {
  const [run] = await db.select().from(importRuns).where(and(eq(importRuns.organizationId, organizationId), eq(importRuns.id, id)));
  if (!run) throw new AppError('NOT_FOUND', { message: 'Import run not found.' });
  return run;
}
