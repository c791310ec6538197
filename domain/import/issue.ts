/**
 * A problem found in an upload. Errors block the import (nothing is
 * written); warnings describe a dirty value that was matched or normalized
 * and are kept in the import run so nothing changes silently.
 * `row` is the spreadsheet row (header = 1, first data row = 2); 0 = the
 * whole file.
 */
export type TImportIssue = {
  severity: 'error' | 'warning';
  file: string;
  row: number;
  column: string | null;
  message: string;
};

/** Spreadsheet row number of the 0-based data record index. */
export const sheetRow = (index: number) => index + 2;

/** "row 12, tax_id: wrong check digit…" — how an issue reads in messages and logs. */
export function describeIssue(issue: TImportIssue): string {
  const where = [issue.file, issue.row > 0 ? `row ${issue.row}` : null, issue.column].filter(Boolean).join(', ');
  return `${where}: ${issue.message}`;
}

/**
 * One warning for a dirty value seen in many rows: the count and the first
 * rows, e.g. "…in 1,425 rows (2, 5, 9, …)".
 */
export function groupedWarning(file: string, column: string, rows: number[], message: string): TImportIssue {
  const shown = rows.slice(0, 8).join(', ') + (rows.length > 8 ? ', …' : '');
  const count = rows.length.toLocaleString('en');
  return { severity: 'warning', file, row: rows[0] ?? 0, column, message: `${message} (${count} ${rows.length === 1 ? 'row' : 'rows'}: ${shown})` };
}

/**
 * Collects rows per (column, message) and turns each group into one warning
 * with its row count, so 1,425 identical cases read as one line.
 */
export function createWarningGroups(file: string) {
  const groups = new Map<string, { column: string; message: string; rows: number[] }>();
  return {
    add(column: string, message: string, row: number): void {
      const key = `${column}\u0000${message}`;
      const group = groups.get(key);
      if (group) group.rows.push(row);
      else groups.set(key, { column, message, rows: [row] });
    },
    issues: (): TImportIssue[] => [...groups.values()].map((g) => groupedWarning(file, g.column, g.rows, g.message)),
  };
}
