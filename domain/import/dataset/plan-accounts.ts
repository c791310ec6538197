import { parseMoneyInput } from '../../format/parse-money';
import { countryCode } from '../country-code';
import { createWarningGroups, sheetRow, type TImportIssue } from '../issue';
import { matchName, normalizeName } from '../normalize-name';
import type { TCsvTable } from '../parse-csv';
import { normalizeSector } from './sectors';

export type TPlannedCustomer = {
  id: string;
  legalName: string;
  country: string;
  sector: string | null;
  yearEstablished: number | null;
  employees: number | null;
  annualRevenueMinor: number | null;
  parentCustomerId: string | null;
};

/**
 * accounts.csv → customers. `revenue` is millions of USD, read as an exact
 * decimal into cents (× 10^8, no float); office_location is a country name →
 * ISO code (misspellings corrected and reported); misspelled sectors are
 * normalized and reported; subsidiary_of must name another account (or an
 * existing customer) and becomes parentCustomerId. An account whose name
 * already is a customer of the organization is linked, not duplicated.
 */
export function planAccounts(table: TCsvTable, existing: { id: string; legalName: string }[], newId: () => string) {
  const issues: TImportIssue[] = [];
  const file = table.fileName;
  const error = (index: number, column: string, message: string) => issues.push({ severity: 'error', file, row: sheetRow(index), column, message });
  const existingByName = new Map(existing.map((c) => [normalizeName(c.legalName), c.id]));
  const created: TPlannedCustomer[] = [];
  const idByName = new Map<string, string>();
  const firstRow = new Map<string, number>();
  const warnings = createWarningGroups(file);
  const parents: { index: number; customer: TPlannedCustomer | null; parent: string }[] = [];
  table.records.forEach((r, index) => {
    const name = r.account ?? '';
    if (!name) return void error(index, 'account', 'is required');
    const key = normalizeName(name);
    if (firstRow.has(key)) return void error(index, 'account', `"${name}" is also on row ${firstRow.get(key)}`);
    firstRow.set(key, sheetRow(index));
    const country = countryCode(r.office_location ?? '');
    if (!country) error(index, 'office_location', `"${r.office_location}" is not a country`);
    else if (country.corrected) warnings.add('office_location', `"${r.office_location}" read as ${country.corrected} (${country.code})`, sheetRow(index));
    const sector = r.sector ? normalizeSector(r.sector) : null;
    if (sector?.corrected) warnings.add('sector', `sector "${r.sector}" normalized to "${sector.sector}"`, sheetRow(index));
    const whole = (column: 'year_established' | 'employees') => {
      const text = r[column] ?? '';
      if (text === '') return null;
      if (!/^\d+$/.test(text)) return error(index, column, `"${text}" is not a whole number`), null;
      return Number(text);
    };
    const year = whole('year_established');
    const employees = whole('employees');
    const revenue = r.revenue ? parseMoneyInput(r.revenue, 'en', 8) : null;
    if (r.revenue && revenue === null) error(index, 'revenue', `"${r.revenue}" is not an amount in millions of USD`);
    const existingId = existingByName.get(key);
    if (existingId) {
      warnings.add('account', 'already a customer of this organization: linked, not duplicated', sheetRow(index));
      idByName.set(name, existingId);
      if (r.subsidiary_of) parents.push({ index, customer: null, parent: r.subsidiary_of });
      return;
    }
    const customer: TPlannedCustomer = {
      id: newId(),
      legalName: name,
      country: country?.code ?? 'US',
      sector: sector?.sector ?? null,
      yearEstablished: year,
      employees,
      annualRevenueMinor: revenue,
      parentCustomerId: null,
    };
    created.push(customer);
    idByName.set(name, customer.id);
    if (r.subsidiary_of) parents.push({ index, customer, parent: r.subsidiary_of });
  });
  const allNames = new Map([...existing.map((c) => [c.legalName, c.id] as const), ...idByName]);
  for (const { index, customer, parent } of parents) {
    const found = matchName(parent, allNames);
    if (!found) error(index, 'subsidiary_of', `no account named "${parent}"`);
    else if (customer) customer.parentCustomerId = found.value;
    if (found && found.how !== 'exact') issues.push({ severity: 'warning', file, row: sheetRow(index), column: 'subsidiary_of', message: `"${parent}" matched the account "${found.name}"` });
  }
  issues.push(...warnings.issues());
  return { created, idByName, accountCount: firstRow.size, issues };
}
