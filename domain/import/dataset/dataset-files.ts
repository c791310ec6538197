import type { TImportIssue } from '../issue';
import type { TCsvTable } from '../parse-csv';

/**
 * The CRM sample data set (Maven Analytics "CRM + Sales + Opportunities"):
 * four CSV files and the columns each must have. Extra columns are ignored.
 */
export const datasetFiles = {
  accounts: ['account', 'sector', 'year_established', 'revenue', 'employees', 'office_location', 'subsidiary_of'],
  products: ['product', 'series', 'sales_price'],
  sales_teams: ['sales_agent', 'manager', 'regional_office'],
  sales_pipeline: ['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value'],
} as const;
export type TDatasetFile = keyof typeof datasetFiles;
export type TDatasetTables = Record<TDatasetFile, TCsvTable>;

/** Which data set file an uploaded file name is ("sales_pipeline.csv", "Sales Pipeline (1).csv"…), if any. */
export function datasetFileOf(fileName: string): TDatasetFile | null {
  const key = fileName.toLowerCase().replace(/\.csv$/, '').replace(/\s*\(\d+\)$/, '').replace(/[\s-]+/g, '_');
  return (Object.keys(datasetFiles) as TDatasetFile[]).find((file) => key === file || key.endsWith(`_${file}`) || key.endsWith(`/${file}`)) ?? null;
}

/** Missing files and missing columns, as errors on row 1 (the header). */
export function checkDatasetTables(tables: Partial<TDatasetTables>): TImportIssue[] {
  const issues: TImportIssue[] = [];
  for (const [file, columns] of Object.entries(datasetFiles) as [TDatasetFile, readonly string[]][]) {
    const table = tables[file];
    if (!table) {
      issues.push({ severity: 'error', file: `${file}.csv`, row: 0, column: null, message: `the data set needs ${file}.csv` });
      continue;
    }
    const missing = columns.filter((c) => !table.headers.includes(c));
    if (missing.length) issues.push({ severity: 'error', file: table.fileName, row: 1, column: null, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` });
    issues.push(...table.issues);
  }
  return issues;
}
