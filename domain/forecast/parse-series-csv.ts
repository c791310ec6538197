import Papa from 'papaparse';
import { AppError } from '../app-error';
import { addMonths, isMonth, type TMonth } from '../invoicing/months';

export type TMonthlySeries = { months: TMonth[]; values: number[] };

/**
 * Parses a monthly series file: one `month,value` row per line (month
 * 'YYYY-MM', value a plain number with a dot for decimals), an optional
 * `month,value` header, `#` comment lines and blank lines. Months must be
 * consecutive and ascending (a forecast needs a regular series; write 0 for
 * a month without bookings). Throws INVALID_INPUT naming the line.
 */
export function parseSeriesCsv(text: string): TMonthlySeries {
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const months: TMonth[] = [];
  const values: number[] = [];
  data.forEach((row, index) => {
    const line = index + 1;
    const cells = row.map((c) => c.trim());
    if (cells.every((c) => c === '') || cells[0]!.startsWith('#')) return;
    if (months.length === 0 && cells[0]!.toLowerCase() === 'month') return;
    if (cells.length !== 2) fail(line, `expected 2 columns "month,value", found ${cells.length}`);
    const [month, raw] = cells as [string, string];
    if (!isMonth(month)) fail(line, `"${month}" is not a month in YYYY-MM form`);
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) fail(line, `"${raw}" is not a number`);
    const previous = months[months.length - 1];
    if (previous && month !== addMonths(previous, 1)) fail(line, `${month} does not follow ${previous} (months must be consecutive, oldest first)`);
    months.push(month);
    values.push(Number(raw));
  });
  if (months.length === 0) throw new AppError('INVALID_INPUT', { message: 'The series file has no month,value rows.' });
  return { months, values };
}

function fail(line: number, message: string): never {
  throw new AppError('INVALID_INPUT', { message: `Line ${line}: ${message}.` });
}
