import type { TImportEntity } from './fields';
import type { TImportContext } from './import-context';
import type { TImportIssue } from './issue';
import type { TCsvTable } from './parse-csv';
import { planCustomers } from './plan-customers';
import { planOpportunities } from './plan-opportunities';
import { planProducts } from './plan-products';
import { checkMapping, type TColumnMapping } from './suggest-mapping';

export type TEntityPlan =
  | { entity: 'customers'; rows: ReturnType<typeof planCustomers>['rows']; issues: TImportIssue[] }
  | { entity: 'products'; rows: ReturnType<typeof planProducts>['rows']; issues: TImportIssue[] }
  | { entity: 'opportunities'; rows: ReturnType<typeof planOpportunities>['rows']; issues: TImportIssue[] };

/**
 * Checks the mapping, then validates every row of a single-entity file
 * against the organization. The plan is importable only when no issue has
 * severity 'error' (all-or-nothing); a bad mapping is an error on row 1.
 */
export function planEntityImport(entity: TImportEntity, table: TCsvTable, mapping: TColumnMapping, ctx: TImportContext): TEntityPlan {
  const problems = checkMapping(entity, table.headers, mapping);
  if (problems.length > 0) {
    return { entity, rows: [], issues: problems.map((message) => ({ severity: 'error', file: table.fileName, row: 1, column: null, message })) } as TEntityPlan;
  }
  if (entity === 'customers') return { entity, ...planCustomers(table, mapping, ctx) };
  if (entity === 'products') return { entity, ...planProducts(table, mapping, ctx) };
  return { entity, ...planOpportunities(table, mapping, ctx) };
}

/** Error and warning counts, and the rows with at least one error. */
export function summarizeIssues(issues: readonly TImportIssue[]) {
  const errors = issues.filter((i) => i.severity === 'error');
  return { errorCount: errors.length, warningCount: issues.length - errors.length, badRows: new Set(errors.map((i) => i.row)).size };
}
