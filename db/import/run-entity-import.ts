import { eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import { organizations } from '~/db/schema';
import type { TImportEntity } from '~/domain/import/fields';
import type { TImportIssue } from '~/domain/import/issue';
import type { TCsvTable } from '~/domain/import/parse-csv';
import { planEntityImport, summarizeIssues, type TEntityPlan } from '~/domain/import/plan-entity-import';
import type { TColumnMapping } from '~/domain/import/suggest-mapping';
import { loadImportContext } from './load-import-context';
import { recordImportRun } from './record-import-run';
import { writeEntityImport } from './write-entity-import';

export type TEntityImportInput = {
  organizationId: string;
  userId: string;
  entity: TImportEntity;
  table: TCsvTable;
  mapping: TColumnMapping;
  /** Number format of the file; default: the organization's language. */
  locale?: string;
};

export type TEntityImportResult = {
  status: 'imported' | 'rejected';
  runId: string;
  counts: { rows: number; imported: number; errors: number; warnings: number; badRows: number };
  issues: TImportIssue[];
};

/** Validates without writing: the preview. */
export async function previewEntityImport(db: Db, input: TEntityImportInput): Promise<{ plan: TEntityPlan; counts: TEntityImportResult['counts'] }> {
  const ctx = await loadImportContext(db, input.organizationId, input.userId, input.locale);
  const plan = planEntityImport(input.entity, input.table, input.mapping, ctx);
  return { plan, counts: countsOf(input.table, plan, 0) };
}

/**
 * All-or-nothing import: in one transaction (holding the organization row
 * lock, so two imports of one organization run one after the other) it
 * re-reads the organization, re-validates every row and, only when no row
 * has an error, inserts them all and records the run as imported. Otherwise
 * nothing is written and the run is recorded as rejected with every issue.
 */
export async function commitEntityImport(db: Db, input: TEntityImportInput): Promise<TEntityImportResult> {
  const outcome = await db.transaction(async (tx) => {
    await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId)).for('update');
    const ctx = await loadImportContext(tx, input.organizationId, input.userId, input.locale);
    const plan = planEntityImport(input.entity, input.table, input.mapping, ctx);
    if (summarizeIssues(plan.issues).errorCount > 0) return { plan, runId: null };
    const imported = await writeEntityImport(tx, input.organizationId, plan);
    const runId = await recordImportRun(tx, { ...runFields(input, plan), status: 'imported', counts: countsOf(input.table, plan, imported) });
    return { plan, runId };
  });
  if (outcome.runId) return { status: 'imported', runId: outcome.runId, counts: countsOf(input.table, outcome.plan, outcome.plan.rows.length), issues: outcome.plan.issues };
  const counts = countsOf(input.table, outcome.plan, 0);
  const runId = await recordImportRun(db, { ...runFields(input, outcome.plan), status: 'rejected', counts });
  return { status: 'rejected', runId, counts, issues: outcome.plan.issues };
}

function runFields(input: TEntityImportInput, plan: TEntityPlan) {
  return { organizationId: input.organizationId, userId: input.userId, entity: input.entity, fileName: input.table.fileName, issues: plan.issues };
}

function countsOf(table: TCsvTable, plan: TEntityPlan, imported: number) {
  const summary = summarizeIssues(plan.issues);
  return { rows: table.records.length, imported, errors: summary.errorCount, warnings: summary.warningCount, badRows: summary.badRows };
}
