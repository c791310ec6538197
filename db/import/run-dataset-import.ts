import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '~/db/client';
import { organizations } from '~/db/schema';
import type { TDatasetTables } from '~/domain/import/dataset/dataset-files';
import { planDataset } from '~/domain/import/dataset/plan-dataset';
import type { TImportIssue } from '~/domain/import/issue';
import { summarizeIssues } from '~/domain/import/plan-entity-import';
import { loadDatasetContext } from './load-dataset-context';
import { recordImportRun } from './record-import-run';
import { writeDatasetImport } from './write-dataset-import';

export type TDatasetImportResult = {
  status: 'imported' | 'rejected' | 'preview';
  runId: string | null;
  counts: Record<string, number>;
  issues: TImportIssue[];
  medianCycleDays: number | null;
  elapsedMs: number;
};

/**
 * Imports the CRM sample data set into one organization, all or nothing:
 * one transaction holding the organization row lock re-reads what exists,
 * plans every file and writes only when no issue is an error; the run is
 * recorded either way. With `commit: false` it only plans (the preview).
 */
export async function runDatasetImport(
  db: Db,
  input: { organizationId: string; userId: string | null; tables: Partial<TDatasetTables>; commit: boolean },
): Promise<TDatasetImportResult> {
  const started = performance.now();
  const fileName = Object.values(input.tables).map((t) => t.fileName).join(', ');
  const attempt = await db.transaction(async (tx) => {
    if (input.commit) await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId)).for('update');
    const plan = planDataset(input.tables, await loadDatasetContext(tx, input.organizationId), randomUUID);
    const counts = plan.ok ? plan.counts : {};
    if (!plan.ok || summarizeIssues(plan.issues).errorCount > 0 || !input.commit) return { plan, counts, runId: null };
    await writeDatasetImport(tx, input.organizationId, plan);
    const runId = await recordImportRun(tx, { organizationId: input.organizationId, userId: input.userId, entity: 'dataset', fileName, status: 'imported', counts, issues: plan.issues });
    return { plan, counts, runId };
  });
  const { plan, counts } = attempt;
  const medianCycleDays = plan.ok ? plan.medianCycleDays : null;
  const result = (status: TDatasetImportResult['status'], runId: string | null): TDatasetImportResult => ({ status, runId, counts, issues: plan.issues, medianCycleDays, elapsedMs: Math.round(performance.now() - started) });
  if (attempt.runId) return result('imported', attempt.runId);
  if (!input.commit) return result('preview', null);
  const runId = await recordImportRun(db, { organizationId: input.organizationId, userId: input.userId, entity: 'dataset', fileName, status: 'rejected', counts, issues: plan.issues });
  return result('rejected', runId);
}
