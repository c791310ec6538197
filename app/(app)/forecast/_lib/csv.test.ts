import { describe, expect, it } from 'vitest';
import { minorToDecimalString } from '~/domain/export/decimal-string';
import { buildCsv, csvFileName, shareToPercentString, type TCsvColumn } from './csv';

type TRow = { owner: string; month: string; amountMinor: number; rate: number | null };
const columns: TCsvColumn<TRow>[] = [
  { header: 'Owner', value: (r) => r.owner },
  { header: 'Month', value: (r) => r.month },
  { header: 'Amount (EUR)', value: (r) => minorToDecimalString(r.amountMinor, 'EUR') },
  { header: 'Win rate %', value: (r) => shareToPercentString(r.rate) },
];

describe('buildCsv', () => {
  it('starts with a BOM, uses CRLF and writes amounts as exact decimal strings', () => {
    const csv = buildCsv(columns, [
      { owner: 'Ana García', month: '2026-03', amountMinor: 123456789, rate: 0.4523 },
      { owner: 'Luis', month: '2026-04', amountMinor: -5, rate: null },
    ]);
    expect(csv).toBe('\uFEFFOwner,Month,Amount (EUR),Win rate %\r\nAna García,2026-03,1234567.89,45.2\r\nLuis,2026-04,-0.05,\r\n');
  });

  it('quotes separators and quotes, and defuses formulas but not negative numbers', () => {
    const csv = buildCsv(columns, [{ owner: '=HYPERLINK("x"), Inc', month: '-x', amountMinor: -100, rate: 1 }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x""), Inc","'-x",-1.00,100.0`);
  });

  it('writes only the header for an empty table', () => {
    expect(buildCsv(columns, [])).toBe('\uFEFFOwner,Month,Amount (EUR),Win rate %\r\n');
  });
});

describe('csvFileName', () => {
  it('names the table and the local date', () => {
    expect(csvFileName('calibration', new Date(2026, 0, 5, 23, 59))).toBe('forecast-calibration-2026-01-05.csv');
  });
});
