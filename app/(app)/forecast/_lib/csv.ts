import Papa from 'papaparse';

/** One CSV column: a header and how to read the cell from a row (null → empty cell). */
export type TCsvColumn<Row> = { header: string; value: (row: Row) => string | number | null };

/**
 * Cells that a spreadsheet would run as a formula (=, +, @, tab, CR, or a
 * minus not followed by a digit) get a leading quote; negative amounts such
 * as "-12.50" stay numbers.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d))/;

/**
 * A CSV document for Excel and BI tools: UTF-8 BOM (so Excel reads accents),
 * a header line, CRLF line ends, quoting by papaparse. Callers pass amounts
 * already as decimal strings (minorToDecimalString), never floats.
 */
export function buildCsv<Row>(columns: readonly TCsvColumn<Row>[], rows: readonly Row[]): string {
  const data = rows.map((row) => columns.map((c) => {
    const v = c.value(row);
    return v === null ? '' : String(v);
  }));
  const text = Papa.unparse({ fields: columns.map((c) => c.header), data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `\uFEFF${text.replace(/\r\n$/, '')}\r\n`;
}

/** A share 0–1 as a percentage string with one decimal ("45.2"), empty when unknown. */
export const shareToPercentString = (share: number | null): string | null => (share === null ? null : (Math.round(share * 1000) / 10).toFixed(1));

/** A file name such as "forecast-weighted-pipeline-2026-05-14.csv" (date in the browser's calendar). */
export function csvFileName(table: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `forecast-${table}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
