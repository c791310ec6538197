import Papa from 'papaparse';
import { AppError } from '../app-error';
import { sheetRow, type TImportIssue } from './issue';

/** Most data rows accepted in one file (the header row not counted). */
export const MAX_IMPORT_ROWS = 50_000;

/** A parsed CSV file: trimmed header names and one record (header → raw text) per data row. */
export type TCsvTable = { fileName: string; headers: string[]; records: Record<string, string>[]; issues: TImportIssue[] };

/**
 * Parses CSV text with papaparse: strips a UTF-8 BOM, detects the delimiter
 * (comma, or semicolon as Spanish Excel writes it), skips blank lines and
 * trims header names. Data row `i` (0-based) is spreadsheet row `i + 2`.
 * Throws INVALID_INPUT for an empty file, duplicate or blank headers, and
 * PAYLOAD_TOO_LARGE past `maxRows`. Rows with more or fewer fields than the
 * header, and broken quoting, come back as row errors in `issues`.
 */
export function parseCsv(fileName: string, text: string, maxRows = MAX_IMPORT_ROWS): TCsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
    preview: maxRows + 1,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const headers = result.meta.fields ?? [];
  if (headers.length === 0) throw new AppError('INVALID_INPUT', { message: `${fileName}: the file is empty or has no header row.` });
  if (headers.some((h) => h === '')) throw new AppError('INVALID_INPUT', { message: `${fileName}: a column has no header name.` });
  const seen = new Set<string>();
  for (const header of headers) {
    if (seen.has(header.toLowerCase())) throw new AppError('INVALID_INPUT', { message: `${fileName}: the column "${header}" appears twice.` });
    seen.add(header.toLowerCase());
  }
  if (result.data.length > maxRows) {
    throw new AppError('PAYLOAD_TOO_LARGE', { message: `${fileName}: more than ${maxRows.toLocaleString('en')} rows; split the file.` });
  }
  const records = result.data.map((row) => {
    const record: Record<string, string> = {};
    for (const header of headers) record[header] = (row[header] ?? '').trim();
    return record;
  });
  const issues: TImportIssue[] = result.errors.map((error) => ({
    severity: 'error',
    file: fileName,
    row: error.row === undefined ? 0 : sheetRow(error.row),
    column: null,
    message: error.code === 'TooManyFields' || error.code === 'TooFewFields' ? `${error.message} (expected ${headers.length})` : error.message,
  }));
  return { fileName, headers, records, issues };
}
