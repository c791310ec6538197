import { compactTaxId } from '../tax-ids/generic-tax-id';
import { customerRowSchema, type TCustomerRow } from './customer-row';
import { countryCode } from './country-code';
import type { TImportContext } from './import-context';
import { sheetRow, type TImportIssue } from './issue';
import { normalizeName } from './normalize-name';
import type { TCsvTable } from './parse-csv';
import { columnOf, parseRows, type TParsedRow } from './parse-rows';
import type { TColumnMapping } from './suggest-mapping';

/**
 * Validates a customer file: row schemas, then duplicates. A tax id used
 * twice in the file or already on a customer is an error; a repeated legal
 * name is only a warning (two branches may share a name).
 */
export function planCustomers(table: TCsvTable, mapping: TColumnMapping, ctx: TImportContext) {
  const { rows, issues } = parseRows('customers', table, mapping, customerRowSchema(ctx));
  const taxColumn = columnOf(mapping, 'tax_id');
  const existingTax = new Map(ctx.customers.filter((c) => c.taxId).map((c) => [compactTaxId(c.taxId!), c.legalName]));
  const existingNames = new Set(ctx.customers.map((c) => normalizeName(c.legalName)));
  const seenTax = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const warn = (row: TParsedRow<TCustomerRow>, column: string, message: string): TImportIssue => ({ severity: 'warning', file: table.fileName, row: sheetRow(row.index), column, message });
  for (const parsed of rows) {
    const { row } = parsed;
    const at = sheetRow(parsed.index);
    if (row.taxId) {
      const key = compactTaxId(row.taxId);
      const owner = existingTax.get(key);
      if (owner) issues.push({ severity: 'error', file: table.fileName, row: at, column: taxColumn, message: `tax id ${row.taxId} already belongs to the customer "${owner}"` });
      const first = seenTax.get(key);
      if (first) issues.push({ severity: 'error', file: table.fileName, row: at, column: taxColumn, message: `tax id ${row.taxId} is also on row ${first}` });
      else seenTax.set(key, at);
    }
    const name = normalizeName(row.legalName);
    const column = columnOf(mapping, 'legal_name');
    if (existingNames.has(name)) issues.push(warn(parsed, column, `a customer named "${row.legalName}" already exists; this row adds another`));
    else if (seenNames.has(name)) issues.push(warn(parsed, column, `the name "${row.legalName}" is also on row ${seenNames.get(name)}`));
    seenNames.set(name, seenNames.get(name) ?? at);
    const rawCountry = table.records[parsed.index]![columnOf(mapping, 'country')] ?? '';
    const corrected = countryCode(rawCountry)?.corrected;
    if (corrected) issues.push(warn(parsed, columnOf(mapping, 'country'), `"${rawCountry}" read as ${corrected} (${row.country})`));
  }
  return { rows, issues };
}
