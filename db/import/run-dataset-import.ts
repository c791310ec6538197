import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '~/db/client';
import { organizations } from '~/db/schema';
import type { TDatasetTables } from '~/domain/import/dataset/dataset-files';
import { planDataset } from '~/domain/import/dataset/plan-dataset';
import { AppError } from '~/domain/app-error';
import type { TImportIssue } from '~/domain/import/issue';
import { formatExchangeRate, parseExchangeRate } from '~/domain/money/exchange-rate';
import { summarizeIssues } from '~/domain/import/plan-entity-import';
import { loadDatasetContext } from './load-dataset-context';
import { recordImportRun } from './record-import-run';
import { writeDatasetImport, type TDatasetMoney } from './write-dataset-import';

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
  input: {
    organizationId: string;
    userId: string | null;
    tables: Partial<TDatasetTables>;
    commit: boolean;
    /** "0.92": 1 USD = 0.92 of the organization's currency; needed when that currency is not USD. */
    usdRate?: string;
  },
): Promise<TDatasetImportResult> {
  const started = performance.now();
  const fileName = Object.values(input.tables).map((t) => t.fileName).join(', ');
  const attempt = await db.transaction(async (tx) => {
    if (input.commit) await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, input.organizationId)).for('update');
    const plan = planDataset(input.tables, await loadDatasetContext(tx, input.organizationId), randomUUID);
    const [org] = await tx.select({ currency: organizations.currency }).from(organizations).where(eq(organizations.id, input.organizationId));
    const money = datasetMoney(org?.currency ?? 'USD', input.usdRate);
    plan.issues.push(money.issue);
    const counts = plan.ok ? plan.counts : {};
    if (!plan.ok || summarizeIssues(plan.issues).errorCount > 0 || !input.commit) return { plan, counts, runId: null };
    await writeDatasetImport(tx, input.organizationId, plan, money);
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

/**
 * The data set is in US dollars. An organization that reports in USD takes
 * the amounts as they are; any other needs an exchange rate, or its board
 * totals would add dollars to euros. Returns the rule and the issue that
 * explains it (a warning when it applies, an error when the rate is missing).
 */
function datasetMoney(currency: string, usdRate: string | undefined): TDatasetMoney & { issue: TImportIssue } {
  const at = { file: 'sales_pipeline.csv', row: 0, column: 'close_value' };
  if (currency === 'USD') return { currency, rate: null, issue: { ...at, severity: 'warning', message: 'Amounts are in US dollars, the organization’s currency: stored as they are.' } };
  if (!usdRate?.trim()) {
    const message = `The data set is in US dollars and this organization reports in ${currency}. Give the exchange rate (1 USD = ? ${currency}) to convert prices and deal amounts, or import into an organization whose currency is USD.`;
    return { currency, rate: null, issue: { ...at, severity: 'error', message } };
  }
  try {
    const rate = parseExchangeRate(usdRate);
    const message = `Prices and deal amounts converted from US dollars at 1 USD = ${formatExchangeRate(rate)} ${currency}, rounded half-up to the cent.`;
    return { currency, rate, issue: { ...at, severity: 'warning', message } };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { currency, rate: null, issue: { ...at, severity: 'error', message: error.message } };
  }
}
