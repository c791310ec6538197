import Papa from 'papaparse';
import type { TImportIssue } from './issue';

/**
 * The downloadable error report: one CSV line per issue (severity, file,
 * row, column, message), rows as in a spreadsheet (header = row 1). Starts
 * with a UTF-8 BOM so Excel shows accents.
 */
export function errorReportCsv(issues: readonly (Pick<TImportIssue, 'file' | 'row' | 'column' | 'message'> & { severity?: string })[]): string {
  const rows = issues.map((i) => ({ severity: i.severity ?? 'error', file: i.file, row: i.row || '', column: i.column ?? '', message: i.message }));
  return `\uFEFF${Papa.unparse({ fields: ['severity', 'file', 'row', 'column', 'message'], data: rows.map((r) => [r.severity, r.file, r.row, r.column, r.message]) })}\r\n`;
}
