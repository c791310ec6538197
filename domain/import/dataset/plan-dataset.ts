import type { TRole } from '../../roles';
import type { TImportIssue } from '../issue';
import { normalizeName } from '../normalize-name';
import { checkDatasetTables, type TDatasetTables } from './dataset-files';
import { planAccounts } from './plan-accounts';
import { planCatalogue } from './plan-catalogue';
import { planDeals } from './plan-deals';
import { planSalesTeams } from './plan-sales-teams';

/** Name of the pipeline the sample deals go to; created when missing. */
export const DATASET_PIPELINE = 'CRM sample';
/** Its open stages (Won and Lost are statuses): default probability % and rotting days. */
export const DATASET_STAGES = [
  { key: 'prospecting', name: 'Prospecting', defaultProbability: 10, rottingDays: 30 },
  { key: 'engaging', name: 'Engaging', defaultProbability: 60, rottingDays: 60 },
] as const;

/** What the organization already has that the data set may link to instead of duplicating. */
export type TDatasetContext = {
  orgSlug: string;
  customers: { id: string; legalName: string }[];
  products: { id: string; sku: string; unitPriceMinor: number }[];
  /** Users whose e-mail is one the import would derive (re-import, or people imported before). */
  users: { id: string; email: string }[];
  members: { userId: string; role: TRole }[];
  teams: { id: string; name: string }[];
  teamMembers: { teamId: string; userId: string }[];
  pipeline: { id: string; stages: { id: string; name: string; defaultProbability: number }[] } | null;
  externalRefs: string[];
};

export type TDatasetPlan = ReturnType<typeof planDataset>;

/**
 * Plans the import of the four CRM sample files into one organization,
 * linking to what exists (customers by name, products by SKU, people by
 * e-mail, teams and the pipeline by name). Pure: ids come from `newId`.
 * Importable only when `issues` has no error.
 */
export function planDataset(tables: Partial<TDatasetTables>, ctx: TDatasetContext, newId: () => string) {
  const fileIssues = checkDatasetTables(tables);
  if (fileIssues.some((i) => i.severity === 'error') || !isComplete(tables)) return { ok: false as const, issues: fileIssues };
  const accounts = planAccounts(tables.accounts, ctx.customers, newId);
  const catalogue = planCatalogue(tables.products, ctx.products, newId);
  const salesTeams = planSalesTeams(tables.sales_teams, ctx.orgSlug);

  const teamByOffice = new Map(ctx.teams.map((t) => [normalizeName(t.name), t.id]));
  const teams = salesTeams.offices.filter((o) => !teamByOffice.has(normalizeName(o))).map((name) => ({ id: newId(), name }));
  for (const team of teams) teamByOffice.set(normalizeName(team.name), team.id);
  const userByEmail = new Map(ctx.users.map((u) => [u.email.toLowerCase(), u.id]));
  const memberOf = new Set(ctx.members.map((m) => m.userId));
  const inTeam = new Set(ctx.teamMembers.map((m) => `${m.teamId}/${m.userId}`));
  const users: { id: string; name: string; email: string }[] = [];
  const members: { id: string; userId: string; role: TRole }[] = [];
  const teamMembers: { teamId: string; userId: string; role: 'lead' | 'member' }[] = [];
  const agents = new Map<string, { userId: string; teamId: string | null }>();
  for (const person of salesTeams.people) {
    let userId = userByEmail.get(person.email);
    if (!userId) users.push({ id: (userId = newId()), name: person.name, email: person.email });
    if (!memberOf.has(userId)) members.push({ id: newId(), userId, role: person.role });
    const offices = person.role === 'manager' ? [...(salesTeams.managerOffices.get(normalizeName(person.name)) ?? [person.office])] : [person.office];
    for (const office of offices) {
      const teamId = teamByOffice.get(normalizeName(office))!;
      if (!inTeam.has(`${teamId}/${userId}`)) teamMembers.push({ teamId, userId, role: person.role === 'manager' ? 'lead' : 'member' });
      inTeam.add(`${teamId}/${userId}`);
    }
    agents.set(person.name, { userId, teamId: teamByOffice.get(normalizeName(person.office)) ?? null });
  }

  const pipelineId = ctx.pipeline?.id ?? newId();
  const stages = DATASET_STAGES.map((s, position) => {
    const current = ctx.pipeline?.stages.find((c) => normalizeName(c.name) === normalizeName(s.name));
    return current ? { ...current, isNew: false, position, rottingDays: s.rottingDays } : { id: newId(), name: s.name, defaultProbability: s.defaultProbability, rottingDays: s.rottingDays, position, isNew: true };
  });
  const deals = planDeals(
    tables.sales_pipeline,
    {
      agents,
      products: catalogue.byName,
      accounts: accounts.idByName,
      stages: { prospecting: stages[0]!, engaging: stages[1]! },
      existingRefs: new Set(ctx.externalRefs),
    },
    newId,
  );
  const issues: TImportIssue[] = [...fileIssues, ...accounts.issues, ...catalogue.issues, ...salesTeams.issues, ...deals.issues];
  return {
    ok: true as const,
    issues,
    customers: accounts.created,
    products: catalogue.created,
    users,
    members,
    teams,
    teamMembers,
    pipeline: ctx.pipeline ? null : { id: pipelineId, name: DATASET_PIPELINE },
    pipelineId,
    stages: stages.filter((s) => s.isNew).map(({ isNew: _isNew, ...s }) => s),
    opportunities: deals.rows,
    medianCycleDays: deals.medianCycleDays,
    asOf: deals.asOf,
    counts: {
      accounts: accounts.accountCount,
      products: catalogue.productCount,
      agents: salesTeams.agentCount,
      managers: salesTeams.people.filter((p) => p.role === 'manager').length,
      teams: salesTeams.offices.length,
      deals: deals.dealCount,
      won: deals.counts.won,
      lost: deals.counts.lost,
      open: deals.counts.open,
      customersCreated: accounts.created.length,
      productsCreated: catalogue.created.length,
      usersCreated: users.length,
    },
  };
}

function isComplete(tables: Partial<TDatasetTables>): tables is TDatasetTables {
  return !!(tables.accounts && tables.products && tables.sales_teams && tables.sales_pipeline);
}
