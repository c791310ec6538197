import type { DbOrTx } from '~/db/client';
import { importRuns } from '~/db/schema';
import type { TImportIssue } from '~/domain/import/issue';

/** Most issues stored with one run (the rest are counted in rowCount.issuesNotStored). */
export const MAX_STORED_ISSUES = 5000;

/**
 * Stores one import attempt. `errors` keeps errors and warnings alike (each
 * with its severity), capped at MAX_STORED_ISSUES, so the error report can
 * be downloaded later.
 */
export async function recordImportRun(
  db: DbOrTx,
  run: { organizationId: string; userId: string | null; entity: 'customers' | 'products' | 'opportunities' | 'dataset'; fileName: string | null; status: 'imported' | 'rejected'; counts: Record<string, number>; issues: TImportIssue[] },
): Promise<string> {
  const stored = run.issues.slice(0, MAX_STORED_ISSUES);
  const rowCount = run.issues.length > stored.length ? { ...run.counts, issuesNotStored: run.issues.length - stored.length } : run.counts;
  const [row] = await db
    .insert(importRuns)
    .values({ organizationId: run.organizationId, createdBy: run.userId, entity: run.entity, fileName: run.fileName, status: run.status, rowCount, errors: stored })
    .returning({ id: importRuns.id });
  return row!.id;
}
