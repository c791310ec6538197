import type { TRole } from '../../roles';
import { sheetRow, type TImportIssue } from '../issue';
import { normalizeName } from '../normalize-name';
import type { TCsvTable } from '../parse-csv';

/**
 * The e-mail an imported person gets: "Mei-Mei Johns" in organization
 * "acme" → mei-mei.johns@acme.import.invalid. `.invalid` (RFC 2606) can never
 * receive mail: these users have no password and cannot sign in until an
 * admin invites them with a real address.
 */
export function importedEmail(fullName: string, orgSlug: string): string {
  const local = fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .map((part) => part.replace(/[^a-z0-9-]/g, ''))
    .filter(Boolean)
    .join('.');
  return `${local || 'person'}@${orgSlug}.import.invalid`;
}

export type TPlannedPerson = { name: string; email: string; role: Extract<TRole, 'rep' | 'manager'>; office: string; row: number };

/**
 * sales_teams.csv → people: every sales_agent (role rep) and every manager
 * (role manager; a manager also listed as an agent stays a manager), each in
 * the team named after the regional office (managers lead it). Two people
 * whose e-mails would collide get ".2", ".3"… in the order they appear.
 */
export function planSalesTeams(table: TCsvTable, orgSlug: string) {
  const issues: TImportIssue[] = [];
  const file = table.fileName;
  const people = new Map<string, TPlannedPerson>();
  const agentRows = new Map<string, number>();
  const usedEmails = new Map<string, number>();
  const add = (name: string, role: TPlannedPerson['role'], office: string, row: number) => {
    const key = normalizeName(name);
    const current = people.get(key);
    if (current) {
      if (role === 'manager') current.role = 'manager';
      return;
    }
    let email = importedEmail(name, orgSlug);
    const count = (usedEmails.get(email) ?? 0) + 1;
    usedEmails.set(email, count);
    if (count > 1) email = email.replace('@', `.${count}@`);
    people.set(key, { name, email, role, office, row });
  };
  table.records.forEach((r, index) => {
    const at = sheetRow(index);
    const error = (column: string, message: string) => issues.push({ severity: 'error', file, row: at, column, message });
    if (!r.sales_agent) return void error('sales_agent', 'is required');
    if (!r.regional_office) return void error('regional_office', 'is required');
    const key = normalizeName(r.sales_agent);
    if (agentRows.has(key)) return void error('sales_agent', `"${r.sales_agent}" is also on row ${agentRows.get(key)}`);
    agentRows.set(key, at);
    add(r.sales_agent, 'rep', r.regional_office, at);
    if (r.manager) add(r.manager, 'manager', r.regional_office, at);
  });
  const managerOffices = new Map<string, Set<string>>();
  for (const r of table.records) {
    if (r.manager && r.regional_office) managerOffices.set(normalizeName(r.manager), (managerOffices.get(normalizeName(r.manager)) ?? new Set()).add(r.regional_office));
  }
  const offices = [...new Set(table.records.map((r) => r.regional_office).filter((o): o is string => !!o))];
  return { people: [...people.values()], agentCount: agentRows.size, offices, managerOffices, issues };
}
